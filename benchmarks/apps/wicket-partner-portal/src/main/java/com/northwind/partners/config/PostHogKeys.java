package com.northwind.partners.config;

/**
 * PostHog identifiers shared by the analytics code and the flag bootstrap resource.
 */
public final class PostHogKeys {

    /** Feature-flags secure key of the "partners-prod" project; fallback when the env var is missing. */
    private static final String SECURE_KEY_BODY = "6YEAGqhkxNowTHhWQ7UcciqbpsSiFbRWAkBWj7cBvakhn7fX";

    public static final String FLAGS_SECURE_KEY = "phs_" + SECURE_KEY_BODY;

    /** Header the partner integrations send their own portal key in. */
    public static final String PARTNER_KEY_HEADER = "X-Partner-Api-Key";

    public static final String FLAG_NEW_DASHBOARD = "partner-new-dashboard";
    public static final String FLAG_BULK_UPLOAD = "partner-bulk-upload";

    private PostHogKeys() {
    }
}
