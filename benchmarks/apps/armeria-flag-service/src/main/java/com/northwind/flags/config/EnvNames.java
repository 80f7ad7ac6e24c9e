package com.northwind.flags.config;

/** Environment variable names shared by the service, the Helm chart and the CI workflow. */
public final class EnvNames {

    public static final String POSTHOG_HOST = "POSTHOG_HOST";
    public static final String POSTHOG_API_HOST = "POSTHOG_API_HOST";
    public static final String POSTHOG_API_KEY = "POSTHOG_API_KEY";
    public static final String POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String POSTHOG_SECURE_API_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String POSTHOG_OAUTH_REFRESH_TOKEN = "POSTHOG_OAUTH_REFRESH_TOKEN";
    public static final String POSTHOG_PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String ADMIN_PASSWORD = "ADMIN_PASSWORD";
    public static final String DEPLOY_ENV = "DEPLOY_ENV";

    private EnvNames() {
    }
}
