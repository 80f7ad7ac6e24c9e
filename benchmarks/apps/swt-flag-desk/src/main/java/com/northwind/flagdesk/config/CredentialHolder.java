package com.northwind.flagdesk.config;

import com.northwind.flagdesk.auth.PostHogCredentials;

/**
 * Process-wide holder for the operator's PostHog credentials. Set once at start-up (and again
 * after the Preferences dialog or an OAuth login), read by the API clients.
 */
public final class CredentialHolder {

  private static volatile String personalApiKey;
  private static volatile PostHogCredentials oauthCredentials;

  private CredentialHolder() {}

  public static void setPersonalApiKey(String key) {
    personalApiKey = key;
  }

  public static String getPersonalApiKey() {
    return personalApiKey;
  }

  public static void setOAuthCredentials(PostHogCredentials credentials) {
    oauthCredentials = credentials;
  }

  public static PostHogCredentials getOAuthCredentials() {
    return oauthCredentials;
  }
}
