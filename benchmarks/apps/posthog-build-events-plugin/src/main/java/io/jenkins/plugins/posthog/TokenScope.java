package io.jenkins.plugins.posthog;

/**
 * Scopes of the personal API key that the plugin needs for each feature.
 */
public enum TokenScope {
    FEATURE_FLAG_READ("feature_flag:read"),
    ANNOTATION_WRITE("annotation:write"),
    PROJECT_READ("project:read");

    private final String apiName;

    TokenScope(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
