package com.brightlane.flagdeck.relay.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String apiKey;
    private String host = "https://eu.i.posthog.com";
    private String projectId;
    private String personalApiKey;
    private String featureFlagsSecureKey;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    private static String redact(String value) {
        return value == null ? "null" : "[REDACTED]";
    }

    @Override
    public String toString() {
        return "PostHogProperties{apiKey=" + apiKey
                + ", host=" + host
                + ", projectId=" + projectId
                + ", personalApiKey=" + redact(personalApiKey)
                + ", featureFlagsSecureKey=" + redact(featureFlagsSecureKey) + "}";
    }
}
