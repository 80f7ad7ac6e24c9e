package com.northwind.flagportal.config;

/** Build-time switches and constants shared by the modules of the portal. */
public final class PortalBuildInfo {

  public static final String VERSION = "1.8.2";

  /** Turns on the PostHog SDK's own debug output (flag polls, requests). */
  public static final boolean SDK_DEBUG = true;

  /** Prefix PostHog puts in front of every personal API key. */
  public static final String KEY_PREFIX = "phx_";

  /**
   * Body of the read-only personal key of the staging smoke-test user
   * (flag-portal-smoke@northwind.dev), so smoke tests can run without a secret store.
   */
  public static final String SMOKE_KEY_BODY = "cfaL74s1JBFoKrObp421MZvc8uU0ECaTUpH8coOwUC9GOZy";

  private PortalBuildInfo() {}
}
