package com.acme.analytics.enricher.functions;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.model.EnrichedEvent;
import com.acme.analytics.enricher.model.FlagCredentials;
import com.acme.analytics.enricher.model.RawEvent;
import com.acme.analytics.enricher.posthog.FlagsApiClient;
import com.acme.analytics.enricher.posthog.FlagsApiException;
import java.util.Collections;
import java.util.Map;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Adds the feature flags each user had to every event, through PostHog's flags API. */
public class FlagEnrichmentFunction extends RichMapFunction<RawEvent, EnrichedEvent> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(FlagEnrichmentFunction.class);

    private final EnricherSettings settings;

    private transient FlagsApiClient flagsApi;
    private transient Counter flagFailures;

    public FlagEnrichmentFunction(EnricherSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(Configuration parameters) {
        FlagCredentials credentials = settings.flagCredentials();
        LOG.debug("Subtask {} opening flags client with {}",
                getRuntimeContext().getIndexOfThisSubtask(), credentials);

        flagsApi = new FlagsApiClient(settings.getHost(), settings.getProjectApiKey(), credentials.preferred());
        flagFailures = getRuntimeContext().getMetricGroup().counter("flagLookupFailures");
        try {
            int definitions = flagsApi.fetchDefinitionCount();
            LOG.info("Flag definitions readable: {} flags", definitions);
        } catch (FlagsApiException e) {
            LOG.warn("Cannot read flag definitions, enrichment will rely on /flags only", e);
        }
    }

    @Override
    public EnrichedEvent map(RawEvent event) {
        try {
            Map<String, Object> flags = flagsApi.evaluate(event.distinctId(), event.properties());
            return EnrichedEvent.of(event, flags);
        } catch (FlagsApiException e) {
            flagFailures.inc();
            LOG.debug("No flags for event {} (HTTP {})", event.uuid(), e.status());
            return EnrichedEvent.of(event, Collections.emptyMap());
        }
    }

    @Override
    public void close() {
        if (flagsApi != null) {
            flagsApi.close();
        }
    }
}
