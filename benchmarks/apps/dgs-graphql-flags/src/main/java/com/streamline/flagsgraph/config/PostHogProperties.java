package com.streamline.flagsgraph.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private String adminApiUrl;
    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
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

    public String getAdminApiUrl() {
        return adminApiUrl;
    }

    public void setAdminApiUrl(String adminApiUrl) {
        this.adminApiUrl = adminApiUrl;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties{" +
                "host='" + host + '\'' +
                ", projectApiKey='" + projectApiKey + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", adminApiUrl='" + adminApiUrl + '\'' +
                ", pollIntervalSeconds=" + pollIntervalSeconds +
                '}';
    }
}
