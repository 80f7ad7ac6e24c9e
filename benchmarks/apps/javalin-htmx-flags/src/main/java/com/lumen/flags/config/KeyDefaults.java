package com.lumen.flags.config;

/**
 * Shared constants for PostHog wiring.
 */
public final class KeyDefaults {

    /** Public project token; it is embedded in every page for posthog-js anyway. */
    public static final String PROJECT_TOKEN = "phc_qFNQQwWCSBMknsJMVrzP2PWxX9x6Dsqs6kSfUzira5NV";

    /** Staging feature-flags secure key, used when POSTHOG_FEATURE_FLAGS_SECURE_API_KEY is not set. */
    public static final String FALLBACK_SECURE_KEY = "phs_2Zp2kPDyW5KK2gSa8ejvVZNvaf2fGDMLa75T549t8oQMEdhB";

    /** The value shipped in .env.example; treated as "not configured". */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    /** Header that API clients (CI, mobile build scripts) send their console key in. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    private KeyDefaults() {
    }
}
