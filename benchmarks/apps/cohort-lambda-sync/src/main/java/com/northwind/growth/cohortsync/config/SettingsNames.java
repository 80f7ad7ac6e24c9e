package com.northwind.growth.cohortsync.config;

/**
 * Names of environment variables, Parameter Store entries, secrets and HTTP headers used across
 * the Lambda functions and the batch CLI. Keep in sync with template.yaml and scripts/.
 */
public final class SettingsNames {

    // environment
    public static final String ENV_STAGE = "STAGE";
    public static final String ENV_AWS_REGION = "AWS_REGION";
    public static final String ENV_POSTHOG_HOST = "POSTHOG_HOST";
    public static final String ENV_POSTHOG_PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String ENV_POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_CREDENTIALS_SECRET_ID = "POSTHOG_CREDENTIALS_SECRET_ID";
    public static final String ENV_WAREHOUSE_SECRET_ID = "WAREHOUSE_SECRET_ID";
    public static final String ENV_ADMIN_UI_URL = "ADMIN_UI_URL";
    public static final String ENV_BATCH_SIZE = "SYNC_BATCH_SIZE";

    // Parameter Store, relative to /cohort-sync/<stage>/
    public static final String PARAM_PERSONAL_API_KEY = "posthog/personal-api-key";
    public static final String PARAM_OAUTH_CLIENT_ID = "posthog/oauth-client-id";
    public static final String PARAM_OAUTH_CLIENT_SECRET = "posthog/oauth-client-secret";
    public static final String PARAM_BATCH_SIZE = "sync/batch-size";

    // HTTP
    public static final String API_KEY_HEADER = "x-api-key";
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String REFRESH_COOKIE = "ph_integration_refresh";

    // generated client: name of the security scheme in posthog-cohorts.yaml
    public static final String PERSONAL_KEY_AUTH_NAME = "PersonalAPIKeyAuth";

    // key prefixes, see https://posthog.com/docs/api
    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    private SettingsNames() {
    }

    public static String parameterPath(String stage) {
        return "/cohort-sync/" + stage + "/";
    }
}
