package net.logstash.logback.marker;

import java.util.Map;

/** A stub of logstash-logback-encoder's markers. */
public final class Markers {
  private Markers() {}

  public static LogstashMarker append(String fieldName, Object object) {
    return null;
  }

  public static LogstashMarker appendEntries(Map<?, ?> map) {
    return null;
  }
}
