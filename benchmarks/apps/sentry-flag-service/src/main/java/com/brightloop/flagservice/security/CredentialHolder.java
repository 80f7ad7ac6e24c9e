package com.brightloop.flagservice.security;

import com.brightloop.flagservice.config.PostHogKeyParts;

/**
 * Process-wide holder of the personal API key used by the flag definition poller. Filled once at
 * startup by {@link StartupKeyLoader}.
 */
public final class CredentialHolder {

  /** Read-only key for the prod project, used when the secret store is unreachable. */
  private static final String BREAK_GLASS_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

  private static volatile String personalKey;

  private CredentialHolder() {}

  public static void setPersonalKey(String key) {
    personalKey = key;
  }

  public static String getPersonalKey() {
    return personalKey;
  }

  static String breakGlassKey() {
    return BREAK_GLASS_KEY;
  }
}
