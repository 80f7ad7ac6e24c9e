package com.larchmont.errortracker.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

public class PostHogSettings {

    @NotEmpty
    private String host = "https://us.i.posthog.com";

    @NotEmpty
    private String projectApiKey;

    private String personalApiKey;

    private String featureFlagsSecureKey;

    private long projectId;

    private boolean debug;

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

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

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", projectId=" + projectId
                + ", debug=" + debug + "}";
    }
}
