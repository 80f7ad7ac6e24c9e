package com.northwind.flagdesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String apiKey;
    private String host = "https://eu.i.posthog.com";
    private String personalApiKey;
    private long projectId;
    private int pollIntervalSeconds = 30;
    private boolean sessionRecording = true;

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

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isSessionRecording() {
        return sessionRecording;
    }

    public void setSessionRecording(boolean sessionRecording) {
        this.sessionRecording = sessionRecording;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties{" +
                "apiKey='" + apiKey + '\'' +
                ", host='" + host + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", projectId=" + projectId +
                ", pollIntervalSeconds=" + pollIntervalSeconds +
                '}';
    }
}
