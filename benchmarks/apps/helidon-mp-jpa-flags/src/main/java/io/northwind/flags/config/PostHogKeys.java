package io.northwind.flags.config;

/**
 * Names and fixed values shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Public project token of the "flags-dev" project; the web app ships the same value. */
    public static final String DEV_PROJECT_KEY = "phc_SUhnf5iivGAskZhPqVB4ygGwtcFcWZcW9F7sYTVfsbdZ4Xoy";

    /** Project used to shadow-evaluate rollouts before they are promoted. */
    public static final String SHADOW_PROJECT_KEY = "phc_G3gWFwu4dyLxQD4Doi3ZTwHVGjmiymQaK7mj722A7yHbAzUt";

    /** Prefix PostHog uses for project secret / feature-flags secure keys. */
    public static final String SECRET_PREFIX = "phs_";

    /** Local-evaluation key body for the flags-dev project (dev profile only). */
    public static final String DEV_LOCAL_EVAL_BODY = "Y2rfFPe3wuXYePV36GHZ9BSVuJ72yMWc42QRejysZdY2SRZU";

    /** OAuth access token of the migration app, used until every tenant has a personal key. */
    public static final String MIGRATION_OAUTH_TOKEN = "pha_YpoAksL6sDUWt6424oddRAmwxtbfSzHW28iZyLdBWkKjBQ2K";

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogKeys() {
    }
}
