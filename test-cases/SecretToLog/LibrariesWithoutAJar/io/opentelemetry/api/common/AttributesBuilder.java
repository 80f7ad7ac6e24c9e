package io.opentelemetry.api.common;

/** A stub of OpenTelemetry's attributes builder. */
public interface AttributesBuilder {
  AttributesBuilder put(String key, String value);
}
