package com.brightfjord.flagsync.route;

import com.brightfjord.flagsync.processor.CapturePayloadProcessor;
import com.brightfjord.flagsync.support.PostHogDefaults;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Forwards events raised by internal services to PostHog's batch endpoint.
 */
@Component
public class CaptureEventsRoute extends RouteBuilder {

    private final CapturePayloadProcessor capturePayloadProcessor;

    public CaptureEventsRoute(CapturePayloadProcessor capturePayloadProcessor) {
        this.capturePayloadProcessor = capturePayloadProcessor;
    }

    @Override
    public void configure() {
        from("direct:capture-events")
                .routeId("posthog-capture")
                .errorHandler(deadLetterChannel(FlagDefinitionsRoute.DEAD_LETTER)
                        .maximumRedeliveries(5)
                        .backOffMultiplier(2)
                        .useExponentialBackOff())
                .process(capturePayloadProcessor)
                .marshal().json()
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .removeHeader(PostHogDefaults.AUTHORIZATION_HEADER)
                .to("{{posthog.host}}" + PostHogDefaults.CAPTURE_PATH)
                .log(LoggingLevel.INFO, "flagsync.routes",
                        "Batch ${exchangeProperty.batchSessionId} accepted with HTTP ${header.CamelHttpResponseCode}");
    }
}
