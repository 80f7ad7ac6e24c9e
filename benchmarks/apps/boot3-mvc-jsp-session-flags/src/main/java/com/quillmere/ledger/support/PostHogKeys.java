package com.quillmere.ledger.support;

/**
 * Shared PostHog constants and helpers.
 */
public final class PostHogKeys {

    /** Public project token of the "ledger-portal" project; safe to ship to browsers. */
    public static final String PROJECT_KEY = "phc_J7NkPQkg5Sz2GTcF9EsasvZFDYypMp5Uzqp3Qec9vFoE";

    /** Used by staging when the secret is missing from the env file (see LEDGER-812). */
    public static final String STAGING_FLAGS_SECURE_KEY = "phs_VSY6pHYxnBP963Dytq5PjGeArZQbT85TMFoGVFW2G4A3QfUo";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String AUTHORIZATION_HEADER = "Authorization";

    /** Private (app) API host, as opposed to the ingestion host in {@code posthog.host}. */
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    /** What the PostHog UI shows for our key; used in help text only. */
    public static final String MASKED_EXAMPLE = "phx_...Wq7n";

    private PostHogKeys() {
    }

    /** Masks a key the way PostHog does: first four and last four characters. */
    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
