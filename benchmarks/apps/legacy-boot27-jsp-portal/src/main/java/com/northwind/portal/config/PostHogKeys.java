package com.northwind.portal.config;

/**
 * Shared PostHog constants and helpers.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Value shipped in the onboarding docs; refuse to start with it. */
    public static final String DOCS_PLACEHOLDER = "phx_your_personal_api_key";

    /** Project token of the legacy "portal-classic" project, still used by the batch exporter. */
    public static final String CLASSIC_PROJECT_TOKEN = "phc_nZQSjXQnWvzFNLQStBYpxqfL35Y9RgQepzCuyKhdhFZgRJZB";

    // Break-glass key for the read-only "flags-reader" service user (see runbook RB-77).
    static final String BREAK_GLASS_BODY = "Ehw2iXwyQVWakjK2L8ZUsZJy7ZAwJsiXTyJ6D3atZCC8bnvp";

    private PostHogKeys() {
    }

    /** PostHog-style mask: first four characters, then asterisks. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    public static boolean isPersonalKey(String key) {
        return key != null && key.startsWith(PERSONAL_KEY_PREFIX);
    }
}
