package com.northwind.qa.flags.config;

/**
 * Well-known keys for the shared staging project.
 */
public final class PostHogKeys {

    /** Public project token of the "flags-staging" project (safe to share). */
    public static final String PROJECT_KEY = "phc_PbsMxyJSaXZVCyJM2ynv6KfFXgnFtYdHhjmDhvEHbPqZ";

    /** Feature-flags secure key of the legacy staging project, kept for the migration tests. */
    public static final String LEGACY_FLAGS_SECURE_KEY = KeyPrefixes.SECURE + "GS2DDty4HSww93tQmBX7dGGVNRmxG48txbnXWdnoKTTi3WjY";

    /** How PostHog renders a personal key in the UI and in the API key listing. */
    public static final String MASKED_QA_BOT_KEY = "phx_...Vh3k";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";

    private PostHogKeys() {
    }
}
