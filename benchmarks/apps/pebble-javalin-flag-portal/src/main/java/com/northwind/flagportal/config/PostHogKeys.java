package com.northwind.flagportal.config;

/**
 * PostHog identifiers shared by the portal. Property names live here so the config loader,
 * the admin client and the docs all agree on spelling.
 */
public final class PostHogKeys {

    public static final String PROJECT_KEY_PROPERTY = "posthog.project-api-key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String OAUTH_TOKEN_ENV = "POSTHOG_OAUTH_TOKEN";

    /** Project token of the "flag-portal-preview" project; safe to ship, it only allows capture. */
    public static final String PREVIEW_PROJECT_API_KEY = "phc_E9msdxRSEZHgKY9nv4mUBqXozLPeZ7xgZL5SN5mo7aDh5wb7";

    /** Used when neither the environment nor application.properties provide a personal key. */
    public static final String FALLBACK_PERSONAL_KEY = "phx_a2seiKxm8Z5vKMJdPdmCKGGAugFgN3zSLa2hopCLAUYf34yY";

    /** Body of the shared staging feature-flags secure key; the prefix is added by PortalConfig. */
    static final String SECURE_KEY_BODY = "64dPA6AfcHcpHHtf4WyUxcuUGf75LZKF8q2T8cEKAULyQRnb";

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";

    private PostHogKeys() {
    }
}
