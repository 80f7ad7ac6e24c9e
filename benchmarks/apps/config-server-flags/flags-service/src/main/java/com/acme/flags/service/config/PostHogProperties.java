package com.acme.flags.service.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String apiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private String host = PostHogDefaults.EU_HOST;
    private String privateApiHost = "https://eu.posthog.com";
    private long projectId;
    private boolean debug;
    private int pollIntervalSeconds = 30;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
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

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getPrivateApiHost() {
        return privateApiHost;
    }

    public void setPrivateApiHost(String privateApiHost) {
        this.privateApiHost = privateApiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{" +
                "host='" + host + '\'' +
                ", projectId=" + projectId +
                ", apiKey='" + apiKey + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", pollIntervalSeconds=" + pollIntervalSeconds +
                ", debug=" + debug +
                '}';
    }
}
