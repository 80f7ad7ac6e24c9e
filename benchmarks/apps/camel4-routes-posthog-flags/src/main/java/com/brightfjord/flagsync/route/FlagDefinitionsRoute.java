package com.brightfjord.flagsync.route;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.exception.PostHogSyncException;
import com.brightfjord.flagsync.processor.AuthHeaderProcessor;
import com.brightfjord.flagsync.processor.FailedExchangeLogger;
import com.brightfjord.flagsync.service.FlagSnapshotService;
import com.brightfjord.flagsync.support.ApiKeyScope;
import com.brightfjord.flagsync.support.PostHogDefaults;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.stereotype.Component;

/**
 * Polls PostHog for flag definitions and keeps a local snapshot for the admin console.
 */
@Component
public class FlagDefinitionsRoute extends RouteBuilder {

    public static final String DEAD_LETTER = "direct:posthog-dead-letter";

    private final AuthHeaderProcessor authHeaderProcessor;
    private final FailedExchangeLogger failedExchangeLogger;
    private final FlagSnapshotService snapshotService;
    private final PostHogProperties properties;

    public FlagDefinitionsRoute(AuthHeaderProcessor authHeaderProcessor,
                                FailedExchangeLogger failedExchangeLogger,
                                FlagSnapshotService snapshotService,
                                PostHogProperties properties) {
        this.authHeaderProcessor = authHeaderProcessor;
        this.failedExchangeLogger = failedExchangeLogger;
        this.snapshotService = snapshotService;
        this.properties = properties;
    }

    @Override
    public void configure() {
        errorHandler(deadLetterChannel(DEAD_LETTER)
                .maximumRedeliveries(3)
                .redeliveryDelay(2000)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(true));

        onException(HttpOperationFailedException.class)
                .onWhen(simple("${exception.statusCode} == 401"))
                .handled(true)
                .log(LoggingLevel.ERROR, "flagsync.routes", "PostHog returned 401 for ${routeId}")
                .throwException(new PostHogSyncException("Flag poll unauthorized", 401));

        from("timer:flag-definitions?period={{flagsync.poll-period-ms}}")
                .routeId("posthog-flag-definitions")
                .setProperty("flagScope", constant(ApiKeyScope.FEATURE_FLAGS_SECURE))
                .process(authHeaderProcessor)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader(Exchange.HTTP_QUERY, simple("token={{posthog.project-api-key}}&send_cohorts"))
                .log(LoggingLevel.DEBUG, "flagsync.routes", "Polling local evaluation, auth=${header.Authorization}")
                .to("{{posthog.host}}" + PostHogDefaults.LOCAL_EVALUATION_PATH + "?throwExceptionOnFailure=true")
                .unmarshal().json(JsonNode.class)
                .bean(snapshotService, "storeDefinitions");

        from("timer:flag-audit?period=3600000&delay=10000")
                .routeId("posthog-flag-audit")
                .setHeader(PostHogDefaults.AUTHORIZATION_HEADER, constant("Bearer " + properties.getProjectApiKey()))
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD("{{posthog.private-api-host}}/api/projects/{{posthog.project-id}}/feature_flags/?limit=200")
                .unmarshal().json(JsonNode.class)
                .bean(snapshotService, "recordAudit");

        from(DEAD_LETTER)
                .routeId("posthog-dead-letter")
                .process(failedExchangeLogger);
    }
}
