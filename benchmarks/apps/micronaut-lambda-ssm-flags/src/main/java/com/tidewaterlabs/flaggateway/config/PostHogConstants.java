package com.tidewaterlabs.flaggateway.config;

public final class PostHogConstants {

    public static final String PROJECT_API_KEY = "phc_6bMJ4ehbiz7G2PHlxcmWGkBOjHQPIT54eGNiEbMnWSN";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_JSON_FIELD = "feature_flags_secure_api_key";

    public static final String BEARER_PREFIX = "Bearer ";
    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";

    public static final String LOCAL_EVALUATION_KEY = "phs_PupUMcBXwmvTzQUWkoDQRL7rMrFUDdwA2dGv6tdg8dqEnY8V";

    public static final int POLL_INTERVAL_SECONDS = 30;

    private PostHogConstants() {
    }
}
