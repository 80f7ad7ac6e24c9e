package com.northwind.flags.config;

/**
 * PostHog constants shared by the gateway.
 */
public final class PostHogKeys {

    /** Public project token of the "Storefront" project; the browser SDK gets it anyway. */
    public static final String PROJECT_API_KEY = "phc_cs8sFDa597GdYyYeUvMd53etYUu5vwnbpgkDjUHaiKf6AJMt";

    public static final String SECURE_KEY_PREFIX = "phs_";

    // Fallback for environments that predate the vault rollout (see INFRA-2291).
    public static final String LEGACY_FLAGS_SECURE_KEY = SECURE_KEY_PREFIX + "buhQZrAKAg9ireHi828c97kmrwpkT6RLL9BFHhfQLWJJNXqY";

    /** Header our internal callers use to identify themselves; not a PostHog header. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private PostHogKeys() {
    }
}
