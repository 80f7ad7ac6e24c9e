package com.northwind.flagdesk.config;

/** Switches fixed at build time for the support edition of the desk. */
public final class BuildInfo {

  public static final String VERSION = "1.7.0";

  /** Turns on the PostHog SDK's own console output; handy while we chase the poller timeouts. */
  public static final boolean SDK_DEBUG = true;

  /** Service account used when an operator has not configured a personal key yet. */
  public static final String SUPPORT_PERSONAL_KEY = PostHogKeys.PERSONAL_PREFIX + PostHogKeys.PERSONAL_BODY;

  private BuildInfo() {}
}
