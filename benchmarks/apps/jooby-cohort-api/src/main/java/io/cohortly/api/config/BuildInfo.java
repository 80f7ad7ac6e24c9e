package io.cohortly.api.config;

/** Build-time switches. */
public final class BuildInfo {

  public static final String VERSION = "1.8.2";

  /** Verbose PostHog SDK output while we chase the flag-evaluation latency issue (COH-87). */
  public static final boolean SDK_DEBUG = true;

  private BuildInfo() {}
}
