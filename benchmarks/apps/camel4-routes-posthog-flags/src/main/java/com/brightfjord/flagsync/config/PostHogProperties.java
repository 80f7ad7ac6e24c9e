package com.brightfjord.flagsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String privateApiHost = "https://eu.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private int pollIntervalSeconds = 30;
    private boolean debug;

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

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', privateApiHost='" + privateApiHost
                + "', projectId=" + projectId
                + ", projectApiKey='" + projectApiKey
                + "', personalApiKey='" + personalApiKey
                + "', featureFlagsSecureKey='" + featureFlagsSecureKey
                + "', pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + "}";
    }
}
