package io.opentelemetry.api.trace;

/** A stub of an OpenTelemetry span builder. */
public interface SpanBuilder {
  SpanBuilder setAttribute(String key, String value);

  Span startSpan();
}
