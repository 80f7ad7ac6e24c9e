package io.opentelemetry.api.trace;

/** A stub of an OpenTelemetry span: its attributes are exported with the trace. */
public interface Span {
  static Span current() {
    return null;
  }

  Span setAttribute(String key, String value);

  Span setAttribute(String key, long value);
}
