package com.northwind.flagsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PostHog settings. The secret values are imported from AWS Secrets Manager
 * ({@code flag-sync/posthog}) through {@code spring.config.import}.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private String experimentsProjectApiKey;
    private long projectId;
    private int pollIntervalSeconds = 30;
    private boolean debug;

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

    public String getExperimentsProjectApiKey() {
        return experimentsProjectApiKey;
    }

    public void setExperimentsProjectApiKey(String experimentsProjectApiKey) {
        this.experimentsProjectApiKey = experimentsProjectApiKey;
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

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{"
                + "host='" + host + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", projectId=" + projectId
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
