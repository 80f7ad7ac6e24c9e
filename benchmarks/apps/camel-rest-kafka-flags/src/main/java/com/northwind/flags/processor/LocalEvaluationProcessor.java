package com.northwind.flags.processor;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.dto.FlagSyncRequest;
import com.northwind.flags.error.PostHogSyncException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Prepares the outbound call to PostHog's local-evaluation endpoint and checks the reply.
 */
@Component("localEvaluationProcessor")
public class LocalEvaluationProcessor implements Processor {

    private static final Logger log = LoggerFactory.getLogger(LocalEvaluationProcessor.class);

    private final PostHogProperties properties;
    private final AtomicReference<String> lastEtag = new AtomicReference<>();

    public LocalEvaluationProcessor(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public void process(Exchange exchange) {
        String personalKey = properties.hasPersonalApiKey()
                ? properties.getPersonalApiKey()
                : PostHogKeys.CI_PERSONAL_API_KEY;

        FlagSyncRequest request = new FlagSyncRequest(
                properties.getProjectId(),
                properties.getProjectApiKey(),
                personalKey,
                lastEtag.get(),
                Instant.now());
        log.debug("Prepared local evaluation request {}", request);

        Message in = exchange.getIn();
        in.removeHeaders("*");
        in.setHeader(Exchange.HTTP_METHOD, "GET");
        in.setHeader(Exchange.HTTP_QUERY, "token=" + request.projectApiKey() + "&send_cohorts");
        in.setHeader(HttpHeaders.AUTHORIZATION, request.bearerHeader());
        if (request.etag() != null) {
            in.setHeader(HttpHeaders.IF_NONE_MATCH, request.etag());
        }
        in.setBody(null);
    }

    /**
     * Called after the HTTP producer; the route uses throwExceptionOnFailure=false.
     */
    public void verify(Exchange exchange) {
        Message in = exchange.getIn();
        int status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status == 304) {
            log.debug("Flag definitions unchanged (etag {})", lastEtag.get());
            return;
        }
        if (status >= 400) {
            String authorization = properties.hasPersonalApiKey()
                    ? "Bearer " + properties.getPersonalApiKey()
                    : "Bearer " + PostHogKeys.CI_PERSONAL_API_KEY;
            throw new PostHogSyncException(
                    "PostHog rejected local evaluation for project " + properties.getProjectId()
                            + " (HTTP " + status + ", Authorization: " + authorization + ")",
                    status);
        }
        lastEtag.set(in.getHeader(HttpHeaders.ETAG, String.class));
    }
}
