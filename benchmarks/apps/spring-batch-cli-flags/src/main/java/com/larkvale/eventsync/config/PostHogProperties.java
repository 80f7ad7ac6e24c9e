package com.larkvale.eventsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.properties / application-*.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private int batchSize = 500;

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

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", featureFlagsSecureKey=" + featureFlagsSecureKey
                + ", batchSize=" + batchSize + "}";
    }
}
