package io.tallgrass.flagrelay.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    @Nullable
    private String personalApiKey;
    @Nullable
    private String featureFlagsSecureKey;
    private String projectId = "48213";
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

    @Nullable
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(@Nullable String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Nullable
    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(@Nullable String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
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
                + ", featureFlagsSecureKey='" + featureFlagsSecureKey + '\''
                + ", projectId='" + projectId + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
