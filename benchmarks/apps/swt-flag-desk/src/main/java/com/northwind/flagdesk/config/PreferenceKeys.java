package com.northwind.flagdesk.config;

/** Names of the entries in {@code flagdesk.properties}. */
public final class PreferenceKeys {

  public static final String HOST = "posthog.host";
  public static final String PROJECT_ID = "posthog.project-id";
  public static final String PROJECT_API_KEY = "posthog.api.key";
  public static final String PERSONAL_API_KEY = "posthog.personal-api-key";
  public static final String FLAGS_SECURE_API_KEY = "posthog.feature-flags-secure-api-key";
  public static final String POLL_INTERVAL = "flagdesk.poll-interval-seconds";
  public static final String PROXY_HOST = "flagdesk.proxy.host";
  public static final String PROXY_USER = "flagdesk.proxy.user";
  public static final String PROXY_PASSWORD = "flagdesk.proxy.password";

  private PreferenceKeys() {}
}
