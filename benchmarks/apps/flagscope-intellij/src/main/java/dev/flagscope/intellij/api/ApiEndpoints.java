package dev.flagscope.intellij.api;

/**
 * Paths and header names of the PostHog private API used by the plugin.
 */
public final class ApiEndpoints {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_QUERY_PARAM = "personal_api_key";

    public static final String FEATURE_FLAGS = "/api/projects/%s/feature_flags/?limit=%d";
    public static final String FEATURE_FLAG = "/api/projects/%s/feature_flags/%d/";
    public static final String CURRENT_USER = "/api/users/@me/";
    public static final String OAUTH_TOKEN = "/oauth/token/";

    public static final String FLAG_PAGE = "/project/%s/feature_flags/%d";

    private ApiEndpoints() {
    }

    public static String featureFlags(String host, String projectId, int limit) {
        return trimHost(host) + String.format(FEATURE_FLAGS, projectId, limit);
    }

    public static String featureFlag(String host, String projectId, long flagId) {
        return trimHost(host) + String.format(FEATURE_FLAG, projectId, flagId);
    }

    public static String trimHost(String host) {
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }
}
