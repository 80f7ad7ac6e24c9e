package app;

import io.micrometer.observation.Observation;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.sentry.Breadcrumb;
import io.sentry.Sentry;
import io.sentry.SentryEvent;

/** Error trackers and traces store what they are given, like a log. */
public class TrackedAndTracedValues {
  void report(String personalApiKey, String region, int attempts) {
    Sentry.captureMessage("flag sync failed for key " + personalApiKey); // Noncompliant
    Sentry.captureMessage("flag sync failed in " + region);
    Sentry.addBreadcrumb("using key " + personalApiKey); // Noncompliant
    Sentry.setExtra("posthog_key", personalApiKey); // Noncompliant
    Sentry.setTag("region", region);
    Sentry.configureScope(scope -> scope.setExtra("key", personalApiKey)); // Noncompliant
    Sentry.configureScope(scope -> scope.setTag("region", region));
    Breadcrumb crumb = new Breadcrumb();
    crumb.setMessage("key " + personalApiKey); // Noncompliant
    crumb.setData("key", personalApiKey); // Noncompliant
    crumb.setData("attempts", attempts);
    SentryEvent event = new SentryEvent();
    event.setExtra("key", personalApiKey); // Noncompliant
    event.setTag("region", region);
  }

  void trace(Span span, SpanBuilder builder, AttributesBuilder attributes, String personalApiKey) {
    span.setAttribute("posthog.key", personalApiKey); // Noncompliant
    span.setAttribute("posthog.key.present", String.valueOf(personalApiKey != null));
    builder.setAttribute("posthog.key", personalApiKey); // Noncompliant
    attributes.put("posthog.key", personalApiKey); // Noncompliant
    Span.current().setAttribute("posthog.attempts", 3);
  }

  void observe(Observation observation, String personalApiKey, String region) {
    observation.highCardinalityKeyValue("posthog.key", personalApiKey); // Noncompliant
    observation.lowCardinalityKeyValue("region", region);
  }
}
