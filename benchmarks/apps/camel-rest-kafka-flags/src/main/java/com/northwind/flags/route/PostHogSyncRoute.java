package com.northwind.flags.route;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.error.PostHogSyncException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Keeps a copy of the project's flag definitions warm (used by /api/flags/diagnostics) and
 * hosts the one-off flag migration route.
 */
@Component
public class PostHogSyncRoute extends RouteBuilder {

    private static final String LOG_NAME = "com.northwind.flags.sync";

    @Override
    public void configure() {
        onException(PostHogSyncException.class)
                .handled(true)
                .process("syncFailureProcessor");

        from("timer:posthog-flag-sync?period={{posthog.poll-interval-ms}}&delay=5000")
                .routeId("posthog-flag-sync")
                .log(LoggingLevel.DEBUG, LOG_NAME, "Polling local evaluation for project {{posthog.project-id}} with {{posthog.personal-api-key}}")
                .process("localEvaluationProcessor")
                .to("https://{{posthog.api-host}}/api/feature_flag/local_evaluation/?throwExceptionOnFailure=false")
                .to("bean:localEvaluationProcessor?method=verify")
                .choice()
                    .when(header(Exchange.HTTP_RESPONSE_CODE).isEqualTo(200))
                        .unmarshal().json(JsonLibrary.Jackson, Map.class)
                        .setHeader("flagCount", simple("${body[flags].size()}"))
                        .to("bean:flagEvaluationBean?method=recordSync")
                        .to("bean:syncFailureProcessor?method=reset")
                .end();

        from("direct:copy-flags-to-project")
                .routeId("copy-flags-to-project")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader(HttpHeaders.AUTHORIZATION, constant("Bearer " + PostHogKeys.MIGRATION_OAUTH_TOKEN))
                .toD("https://{{posthog.api-host}}/api/projects/${header.targetProjectId}/feature_flags/")
                .log(LoggingLevel.INFO, LOG_NAME, "Copied flag ${header.flagKey} to project ${header.targetProjectId}");
    }
}
