package com.ledgerly.billinghooks;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.constraints.NotEmpty;

/** The {@code posthog:} block of config.yml. */
public class PostHogSettings {

    @NotEmpty
    private String host = "https://us.i.posthog.com";

    @NotEmpty
    private String appHost = "https://us.posthog.com";

    private long projectId;

    @NotEmpty
    private String projectApiKey;

    private String personalApiKey;

    private String featureFlagsSecureApiKey;

    private String oauthClientId;

    private String oauthRefreshToken;

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
    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    @JsonProperty
    public void setFeatureFlagsSecureApiKey(String featureFlagsSecureApiKey) {
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    @JsonProperty
    public String getOauthClientId() {
        return oauthClientId;
    }

    @JsonProperty
    public void setOauthClientId(String oauthClientId) {
        this.oauthClientId = oauthClientId;
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

    /** PostHog-style hint: first 4 and last 4 characters. */
    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }
}
