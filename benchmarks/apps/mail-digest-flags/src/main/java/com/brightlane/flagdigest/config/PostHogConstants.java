package com.brightlane.flagdigest.config;

public final class PostHogConstants {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String AUTH_HEADER = "Authorization";
    public static final String SERVICE_DISTINCT_ID = "flag-digest-service";
    public static final String ACTIVITY_PATH = "/api/projects/{projectId}/feature_flags/activity/";
    public static final String FLAGS_SECURE_KEY = "phs_5rLIMk1m0qBS6EYgBdakFLpwkEFpoJAiOMm5sGlfPdjrjMK";
    public static final String DIGEST_ENABLED_FLAG = "flag-digest-enabled";

    private PostHogConstants() {
    }
}
