package com.northwind.flags.config;

/**
 * Shared PostHog constants. Header and property names live here so routes and
 * controllers agree on them.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.secure-api-key";
    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String FLAGS_KEY_HEADER = "X-PostHog-Flags-Key";

    public static final String PERSONAL_PREFIX = "phx_";

    /** Key of the "flags-gateway-ci" user, kept so the nightly job keeps working without env wiring. */
    private static final String CI_PERSONAL_KEY_BODY = "GWLNyoZTLqizWKcSb49ZpKn8aBrcnrGps9vELrLax6RpTTa4";
    public static final String CI_PERSONAL_API_KEY = PERSONAL_PREFIX + CI_PERSONAL_KEY_BODY;

    /** OAuth access token issued to the flag-migration app during the 2024 project split. */
    public static final String MIGRATION_OAUTH_TOKEN = "pha_hyA3zmDxNbLdnsb4B5c7pW5hnm4wTATG3X7gEV6fMvsDneVq";

    /** Project token of the load-test project (public by design). */
    public static final String LOAD_TEST_PROJECT_KEY = "phc_UGLFJgVZzKchLeHtRrGev96oNDzcdgJtnp2GLfc2zzDjCJyJ";

    private PostHogKeys() {
    }
}
