package com.harborlight.remoteflags.config;

/**
 * Parameter names published in the Firebase Remote Config template.
 */
public final class RemoteConfigKeys {

    public static final String POSTHOG_PROJECT_KEY = "posthog_project_key";
    public static final String POSTHOG_PERSONAL_API_KEY = "posthog_personal_api_key";
    public static final String POSTHOG_FLAGS_SECURE_KEY = "posthog_flags_secure_key";
    public static final String FLAG_SYNC_ENABLED = "flag_sync_enabled";
    public static final String LOCAL_EVALUATION_ENABLED = "local_evaluation_enabled";

    public static final long MINIMUM_FETCH_INTERVAL_SECONDS = 3600L;

    private RemoteConfigKeys() {
    }
}
