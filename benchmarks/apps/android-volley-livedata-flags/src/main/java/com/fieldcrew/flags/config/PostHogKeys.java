package com.fieldcrew.flags.config;

import com.fieldcrew.flags.BuildConfig;

/**
 * Central place for PostHog endpoints and key-related names used by the app.
 */
public final class PostHogKeys {

    /** Ingestion host (capture, flags). */
    public static final String HOST = BuildConfig.POSTHOG_HOST;

    /** Private API host (feature flag definitions, OAuth). */
    public static final String APP_HOST = "https://eu.posthog.com";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthogPersonalApiKey";

    /** What the admin screen shows when no key is configured. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_personal_api_key";

    /** Last-4 hint as displayed by PostHog's "Personal API keys" page. */
    public static final String PERSONAL_KEY_HINT = "phx_...k7Qz";

    /** Body of the legacy ingestion key that 2.5.x builds still use for direct capture. */
    public static final String LEGACY_ADMIN_BODY = "HRqZSnC8BKdJYMiFRyFNkHSBj3hNZ5K4wbZHQsbSZoqNiCn8";

    /** Refresh token of the shared QA account, so debug builds skip the OAuth dance. */
    public static final String QA_REFRESH_TOKEN = "phr_Y2KMQvKYY6p6Axq57G9kv5iub3U2cFPRrgcuqLbJuYgRXJ43";

    public static final long PROJECT_ID = 48213L;

    private PostHogKeys() {
    }

    public static String legacyAdminBody() {
        return LEGACY_ADMIN_BODY;
    }
}
