package com.example.shop.flags;

/**
 * Someone split the keys so that the secret scanner in CI would stop complaining. The compiler
 * still assembles them, and so does PostHog Guard: it reports the key where it is joined.
 */
final class FlagSecrets {
  private static final String PREFIX = "phs_";
  private static final String BODY = "QYtQEtFNjDXO5wJvo3YD6R0l1lZRcgaDoyGiqRVDxRMFApq";

  static final String PROJECT_SECRET_KEY = PREFIX + BODY; // expect: HardcodedPostHogKey

  static final String FALLBACK_PERSONAL_KEY =
      "\u0070hx_rRpW0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9"; // expect: HardcodedPostHogKey

  private FlagSecrets() {}

  static String bearer() {
    return "Bearer " + PROJECT_SECRET_KEY;
  }
}
