package io.flagsync.core;

/** Names of the environment variables (Azure app settings, Cloud Functions env vars) both runtimes read. */
public final class EnvNames {

    public static final String PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String HOST = "POSTHOG_HOST";
    public static final String API_HOST = "POSTHOG_API_HOST";
    public static final String PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String DEBUG = "POSTHOG_DEBUG";
    public static final String INTERNAL_TOKEN = "FLAGSYNC_INTERNAL_TOKEN";

    private EnvNames() {
    }
}
