package com.northwind.events.pipeline.config;

/**
 * Per-worker holder of the PostHog keys. Filled once per JVM by {@code SecretManagerKeyLoader}
 * in a DoFn's first {@code @StartBundle}, read by the DoFns and the client factory.
 */
public final class PostHogKeyHolder {

  private static volatile String personalApiKey;
  private static volatile String projectApiKey;

  private PostHogKeyHolder() {}

  public static void setPersonalApiKey(String key) {
    personalApiKey = key;
  }

  public static String getPersonalApiKey() {
    return personalApiKey;
  }

  public static void setProjectApiKey(String key) {
    projectApiKey = key;
  }

  public static String getProjectApiKey() {
    return projectApiKey;
  }

  public static boolean isLoaded() {
    return personalApiKey != null && projectApiKey != null;
  }
}
