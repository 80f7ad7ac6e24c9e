package com.partnerco.admin.config;

/**
 * Names and endpoints shared by the partner admin. Values of secrets never live here.
 */
public final class ApiConstants {

    public static final String AUTHORIZATION = "Authorization";
    public static final String BEARER = "Bearer ";

    /** web.xml context-param names. */
    public static final String CTX_PERSONAL_KEY = "posthog.personalApiKey";
    public static final String CTX_PROJECT_KEY = "posthog.projectApiKey";
    public static final String CTX_API_HOST = "posthog.apiHost";

    /** partner-admin.properties keys. */
    public static final String PROP_SECRET_KEY = "posthog.secret.key";
    public static final String PROP_OAUTH_CLIENT_ID = "posthog.oauth.client_id";
    public static final String PROP_OAUTH_REDIRECT_URI = "posthog.oauth.redirect_uri";
    public static final String PROP_SDK_DEBUG = "posthog.sdk.debug";
    public static final String PROP_ADMIN_USERS = "admin.users";

    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_OAUTH_CLIENT_SECRET = "POSTHOG_OAUTH_CLIENT_SECRET";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Personal key of the shared sandbox organisation used by partner demos. */
    public static final String SANDBOX_KEY_BODY = "6rGnqfvVrdUXBgb2tG4a5WXA4nMcbarZRubbVccwJacVFyqu";

    public static final String APP_HOST = "https://us.posthog.com";
    public static final String INGEST_HOST = "https://us.i.posthog.com";

    public static final String SESSION_USER = "partnerAdmin.user";
    public static final String SESSION_OAUTH_STATE = "partnerAdmin.oauthState";

    private ApiConstants() {
    }
}
