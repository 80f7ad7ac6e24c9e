package com.gullwing.insights.config;

/**
 * Used by the nightly smoke job when the environment does not provide a key.
 * TODO(ops): remove once the job reads the vault.
 */
final class FallbackCredentials {

  static final String KEY_BODY = "yjRti6n9Imgn2Dd6ujVzzrevypPG5IeMcFLL2kLW1NG";

  static final String SMOKE_PERSONAL_KEY = PostHogKeys.PERSONAL_PREFIX + KEY_BODY;

  private FallbackCredentials() {}
}
