package com.tallyforge.flagdesk.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/**
 * Bound from the {@code posthog:} block of config.yml.
 */
public class PostHogFactory {

    /** Public project token, the same value the web snippet ships with. */
    @NotEmpty
    private String projectApiKey;

    /** Personal API key, used for local flag evaluation and the admin API. */
    private String personalApiKey;

    /** Feature-flags secure API key (phs_), preferred over the personal key for local evaluation. */
    private String featureFlagsSecureKey;

    @NotEmpty
    private String host = "https://eu.i.posthog.com";

    private String appHost = "https://eu.posthog.com";

    private long projectId;

    private boolean debug;

    private int pollIntervalSeconds = 30;

    @JsonProperty
    public String getProjectApiKey() {
        return projectApiKey;
    }

    @JsonProperty
    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    @JsonProperty
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    @JsonProperty
    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @JsonProperty
    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    @JsonProperty
    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public String getAppHost() {
        return appHost;
    }

    @JsonProperty
    public void setAppHost(String appHost) {
        this.appHost = appHost;
    }

    @JsonProperty
    public long getProjectId() {
        return projectId;
    }

    @JsonProperty
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    @JsonProperty
    public boolean isDebug() {
        return debug;
    }

    @JsonProperty
    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @JsonProperty
    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @JsonProperty
    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogFactory{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", projectId=" + projectId
                + ", debug=" + debug + "}";
    }
}
