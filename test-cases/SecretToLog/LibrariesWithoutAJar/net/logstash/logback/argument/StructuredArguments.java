package net.logstash.logback.argument;

import java.util.Map;

/** A stub of logstash-logback-encoder's structured arguments (key=value fields of a log line). */
public final class StructuredArguments {
  private StructuredArguments() {}

  public static StructuredArgument kv(String key, Object value) {
    return null;
  }

  public static StructuredArgument keyValue(String key, Object value) {
    return null;
  }

  public static StructuredArgument v(String key, Object value) {
    return null;
  }

  public static StructuredArgument entries(Map<?, ?> map) {
    return null;
  }

  public static StructuredArgument fields(Object object) {
    return null;
  }
}
