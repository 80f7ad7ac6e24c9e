package com.northwind.flags.common;

/**
 * Names of the environment variables and SSM parameters shared by every function of the
 * flags stack. Values are set by template.yaml; nothing secret lives here.
 */
public final class EnvNames {

    public static final String STAGE = "STAGE";
    public static final String POSTHOG_API_KEY = "POSTHOG_API_KEY";
    public static final String POSTHOG_HOST = "POSTHOG_HOST";
    public static final String POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String POSTHOG_FEATURE_FLAGS_SECURE_API_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String WEBHOOK_SECRET_ID = "WEBHOOK_SECRET_ID";
    public static final String AUDIT_DB_SECRET_ID = "AUDIT_DB_SECRET_ID";
    public static final String FLAG_POLL_INTERVAL_SECONDS = "FLAG_POLL_INTERVAL_SECONDS";

    /** SSM parameter holding the personal API key, formatted with the stage. */
    public static final String PERSONAL_KEY_PARAMETER_NAME = "/flags/%s/posthog-personal-api-key";

    private EnvNames() {
    }
}
