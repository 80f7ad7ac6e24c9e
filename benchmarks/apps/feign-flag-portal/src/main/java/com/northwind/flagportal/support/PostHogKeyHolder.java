package com.northwind.flagportal.support;

/**
 * Process-wide access to the personal API key for code that Spring does not create (hand-built
 * Feign clients). Filled once at startup by {@link PostHogStartupReport}.
 */
public final class PostHogKeyHolder {

  private static volatile String personalApiKey;

  private PostHogKeyHolder() {}

  public static void setPersonalApiKey(String key) {
    personalApiKey = key;
  }

  public static String getPersonalApiKey() {
    return personalApiKey;
  }
}
