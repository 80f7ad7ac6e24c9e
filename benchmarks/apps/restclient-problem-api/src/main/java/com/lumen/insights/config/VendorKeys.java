package com.lumen.insights.config;

/**
 * Header names and fallback credentials shared by the outbound HTTP clients.
 */
public final class VendorKeys {

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Fallback for the legacy flags proxy until the secure key is rotated (INS-412). */
    static final String LEGACY_FLAGS_BODY = "uLdR8SS9Eb8bh8j4i6AmoaR2isLyQVxHcRXGdDiG2FaFCJXx";

    private VendorKeys() {
    }
}
