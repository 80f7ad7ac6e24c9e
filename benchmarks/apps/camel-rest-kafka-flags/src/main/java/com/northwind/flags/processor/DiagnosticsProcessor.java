package com.northwind.flags.processor;

import com.northwind.flags.bean.FlagEvaluationBean;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.dto.DiagnosticsView;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Backs GET /api/flags/diagnostics, which the ops dashboard (browser SPA) polls.
 */
@Component("diagnosticsProcessor")
public class DiagnosticsProcessor implements Processor {

    private final PostHogProperties properties;
    private final FlagEvaluationBean evaluations;

    public DiagnosticsProcessor(PostHogProperties properties, FlagEvaluationBean evaluations) {
        this.properties = properties;
        this.evaluations = evaluations;
    }

    @Override
    public void process(Exchange exchange) {
        DiagnosticsView view = DiagnosticsView.from(properties, evaluations.cachedFlagCount(), evaluations.lastSync());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(view);
    }
}
