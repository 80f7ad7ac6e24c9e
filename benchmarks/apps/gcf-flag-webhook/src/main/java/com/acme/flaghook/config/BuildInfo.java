package com.acme.flaghook.config;

/** Build-time switches. Keep in sync with the release notes. */
public final class BuildInfo {

  public static final String VERSION = "1.4.2";

  /** Turn on PostHog SDK request tracing while we chase the flag-poll latency issue (FLAG-212). */
  public static final boolean SDK_DEBUG = true;

  private BuildInfo() {}
}
