package com.northwind.flags.config;

/**
 * Shared PostHog constants: property names, header names and the keys of the
 * ops analytics project.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Project token of the "northwind-ops" project (public by design). */
    public static final String OPS_PROJECT_KEY = "phc_pDoeWwZqGVcQRQrdkK5ssQCWZwacCGch2dXb69qQKmSU5Srp";

    /** Body of the personal key issued to the old sync bot before the vault migration. */
    public static final String LEGACY_SYNC_BOT_BODY = "ijaFAdLqSpGaJqMamiUK54uGnZVw2PE3FYp4RhMSKEAnAyjh";

    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_personal_api_key";

    private PostHogKeys() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
