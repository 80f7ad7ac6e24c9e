package com.brightlane.flagdigest.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";
    private String appHost = "https://us.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAppHost() {
        return appHost;
    }

    public void setAppHost(String appHost) {
        this.appHost = appHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
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

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String maskedPersonalKey() {
        if (personalApiKey == null || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', appHost='" + appHost + "', projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + "', personalApiKey='" + personalApiKey
                + "', pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
