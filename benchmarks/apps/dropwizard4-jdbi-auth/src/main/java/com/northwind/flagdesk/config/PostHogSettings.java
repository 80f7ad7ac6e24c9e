package com.northwind.flagdesk.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

/** The {@code posthog:} block of config.yml. */
public class PostHogSettings {

    /** Name of the setting, quoted in start-up warnings and in the runbook. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    @NotEmpty
    private String host = "https://eu.i.posthog.com";

    @NotEmpty
    private String apiHost = "https://eu.posthog.com";

    @NotEmpty
    private String projectId;

    @NotEmpty
    private String projectApiKey;

    private String personalApiKey;

    private String featureFlagsSecureKey;

    private String oauthRefreshToken;

    private boolean debug;

    @Min(5)
    private int pollIntervalSeconds = 30;

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public String getApiHost() {
        return apiHost;
    }

    @JsonProperty
    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
    }

    @JsonProperty
    public String getProjectId() {
        return projectId;
    }

    @JsonProperty
    public void setProjectId(String projectId) {
        this.projectId = projectId;
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
    public String getOauthRefreshToken() {
        return oauthRefreshToken;
    }

    @JsonProperty
    public void setOauthRefreshToken(String oauthRefreshToken) {
        this.oauthRefreshToken = oauthRefreshToken;
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
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + '}';
    }
}
