package org.apache.flink.util;

/** Flink's command-line and properties parameters (a stub of flink-core (Flink 2)'s class). */
public class ParameterTool {
  public static ParameterTool fromArgs(String[] args) {
    return new ParameterTool();
  }

  public String get(String key) {
    return null;
  }

  public String get(String key, String defaultValue) {
    return defaultValue;
  }

  public String getRequired(String key) {
    return null;
  }

  public int getInt(String key, int defaultValue) {
    return defaultValue;
  }

  public boolean has(String key) {
    return false;
  }
}
