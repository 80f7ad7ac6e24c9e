package com.acme.ingest.config;

/**
 * Names of environment variables and properties understood by {@link ConfigLoader}.
 */
public final class Env {

    public static final String POSTHOG_PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String POSTHOG_SECRET_KEY = "POSTHOG_SECRET_KEY";

    public static final String PROP_PORT = "proxy.port";
    public static final String PROP_INGEST_HOST = "posthog.ingest.host";
    public static final String PROP_API_HOST = "posthog.api.host";
    public static final String PROP_PROJECT_KEY = "posthog.project.api.key";
    public static final String PROP_PERSONAL_KEY = "posthog.personal.api.key";
    public static final String PROP_SECRET_KEY = "posthog.secret.key";
    public static final String PROP_ADMIN_TOKEN = "admin.oauth.token";
    public static final String PROP_ADMIN_PASSWORD_HASH = "admin.password.sha256";

    static final String SECRET_PREFIX = "phs_";

    /** Secure key of the throw-away load-test project (perf env only). */
    static final String LOADTEST_SECRET_BODY = "Dd6u6pg3K6MGCV283BmHDe4dzGpCN4UJJetA8VjyXgT6Z5hi";

    private Env() {
    }
}
