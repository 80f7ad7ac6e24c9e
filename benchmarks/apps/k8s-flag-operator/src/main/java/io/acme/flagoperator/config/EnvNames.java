package io.acme.flagoperator.config;

/**
 * Names of the environment variables the operator reads. The deployment manifest in
 * {@code deploy/operator-deployment.yaml} sets them; keep both in sync.
 */
public final class EnvNames {

    public static final String POSTHOG_HOST = "POSTHOG_HOST";
    public static final String POSTHOG_PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String POSTHOG_SECURE_FLAGS_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String POSTHOG_PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String POSTHOG_SDK_DEBUG = "POSTHOG_SDK_DEBUG";

    public static final String WATCH_NAMESPACE = "WATCH_NAMESPACE";
    public static final String OPERATOR_ENV = "OPERATOR_ENV";
    public static final String STATUS_PORT = "STATUS_PORT";
    public static final String STATUS_TOKEN = "OPERATOR_STATUS_TOKEN";

    /** Header the platform dashboard sends its shared token in. */
    public static final String STATUS_TOKEN_HEADER = "X-Operator-Token";

    private EnvNames() {
    }
}
