package app;

import org.apache.camel.builder.RouteBuilder;

/** Camel resolves a property placeholder of a route's log message when the route starts. */
public class PollingRoutes extends RouteBuilder {
  @Override
  public void configure() {
    from("timer:posthog-flag-sync?period={{posthog.poll-interval-ms}}")
        .routeId("posthog-flag-sync")
        .log("polling project {{posthog.project-id}} with {{posthog.personal-api-key}}") // Noncompliant
        .log("capturing with {{posthog.api-key}} every {{posthog.poll-interval-ms}} ms")
        .to("https://{{posthog.host}}/api/feature_flag/local_evaluation/");
  }
}
