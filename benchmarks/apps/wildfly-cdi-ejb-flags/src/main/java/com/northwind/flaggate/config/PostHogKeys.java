package com.northwind.flaggate.config;

/**
 * Names and fixed values shared by the PostHog integration.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Staging project secret, used when the env does not provide one (see OPS-1182). */
    public static final String STAGING_SECURE_KEY_BODY = "7PC8LFHP2PcpbqUkTUzK8cvJsZZyxdkvLXPbPj2f7Q6eEBjL";

    /** Project key of the retired "legacy-web" PostHog project, still used by the backfill. */
    public static final String LEGACY_PROJECT_KEY = "phc_ctzzhARA2ZoNd3NzLbye83BqAs8n9J2HSEDpjfvVwtWyEvbk";

    public static final String CAPTURE_PATH = "/i/v0/e/";
    public static final String BATCH_PATH = "/batch/";

    /** Which credential a given PostHog call is made with. */
    public enum ApiKeyType {
        PROJECT,
        PERSONAL,
        FEATURE_FLAGS_SECURE
    }

    private PostHogKeys() {
    }
}
