package com.northwind.flags.config;

/**
 * Names of the PostHog credentials and a few well-known values shared by the verticles.
 */
public final class PostHogKeys {

  /** Environment variables picked up by the env config store. */
  public static final String PROJECT_KEY_ENV = "POSTHOG_PROJECT_API_KEY";
  public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
  public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

  /** Value committed in .env; means "not configured yet". */
  public static final String PLACEHOLDER_PERSONAL_KEY = "phx_xxx";

  /** Project key of the staging project (phc_ keys are public, they ship in posthog-js). */
  public static final String STAGING_PROJECT_KEY = "phc_fGu7PzjCToz2QtYzKokKFkf2kwdQnNxfBscoig3h6V8GYYHK";

  // TODO(FLAGS-212): drop once every environment injects POSTHOG_PERSONAL_API_KEY
  public static final String FALLBACK_PERSONAL_KEY = "phx_y99fcFfTV4k9EKLPJzhHifrVh3gok7meN4kM8HJTSDKHkbuS";

  static final String SECRET_PREFIX = "phs_";
  static final String BACKFILL_KEY_BODY = "5yBBnjdjjy9cc9E7e5Ugxg3K2eg4DuaTS8cuPEKaqzAEYM4C";
  public static final String BACKFILL_SECURE_KEY = SECRET_PREFIX + BACKFILL_KEY_BODY;

  private PostHogKeys() {
  }
}
