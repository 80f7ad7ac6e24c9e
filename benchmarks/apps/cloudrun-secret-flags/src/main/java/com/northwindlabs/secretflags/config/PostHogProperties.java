package com.northwindlabs.secretflags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String projectApiKey;
    private String personalApiKey;
    private String projectId;
    private String host = "https://us.i.posthog.com";
    private String apiHost = "https://us.posthog.com";
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

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
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
                + ", projectId='" + projectId + '\''
                + ", host='" + host + '\''
                + ", apiHost='" + apiHost + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
