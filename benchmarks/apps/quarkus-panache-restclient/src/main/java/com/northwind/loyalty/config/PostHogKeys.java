package com.northwind.loyalty.config;

/**
 * Constants shared by the PostHog integration.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Header partner systems use to authenticate against /partner endpoints. */
    public static final String PARTNER_API_KEY_HEADER = "X-Api-Key";

    /** Property names, used in log and error messages. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    /** Project token of the "loyalty-dev" PostHog project (public, also in the web app bundle). */
    public static final String DEV_PROJECT_API_KEY = "phc_HwHxcdYGTfzgVyrnTBK8ffczpy2rYMjYZtNsM6wB2eYnoLXm";

    private PostHogKeys() {
    }
}
