package com.northwind.flagsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String projectId;
    private String host = "https://eu.i.posthog.com";
    private String apiHost = "https://eu.posthog.com";
    private String projectApiKey;
    private String personalApiKey;
    private int pollIntervalSeconds = 60;
    private boolean debug;

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

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{projectId=" + projectId
                + ", host=" + host
                + ", apiHost=" + apiHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + '}';
    }
}
