package com.tideline.featuregate.posthog;

public final class ApiConstants {

    /** Personal API keys always start with this; used to validate configuration. */
    public static final String PERSONAL_KEY_PREFIX = "phx_";

    public static final String PROJECT_KEY_PREFIX = "phc_";

    public static final String FEATURE_FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    private ApiConstants() {
    }
}
