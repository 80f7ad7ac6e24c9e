package com.fabrikam.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String projectApiKey = PostHogDefaults.PROJECT_API_KEY;
    private String personalApiKey;
    private String host = PostHogDefaults.EU_HOST;
    private String appHost = PostHogDefaults.EU_APP_HOST;
    private String projectId;
    private int pollIntervalSeconds = 30;

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

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{"
                + "projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", host='" + host + '\''
                + ", appHost='" + appHost + '\''
                + ", projectId='" + projectId + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
