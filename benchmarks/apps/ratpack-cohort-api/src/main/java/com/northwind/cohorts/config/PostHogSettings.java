package com.northwind.cohorts.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Bound from the {@code /posthog} node of application.yml (overridable through COHORTS_POSTHOG__* env vars).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    private String host = "https://eu.i.posthog.com";
    private String adminHost = "https://eu.posthog.com";
    private long projectId;
    private String apiKey;
    private String personalApiKey;
    private String secureApiKey;
    private String oauthAccessToken;
    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAdminHost() {
        return adminHost;
    }

    public void setAdminHost(String adminHost) {
        this.adminHost = adminHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

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

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public String getOauthAccessToken() {
        return oauthAccessToken;
    }

    public void setOauthAccessToken(String oauthAccessToken) {
        this.oauthAccessToken = oauthAccessToken;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    /** One-line summary for the startup banner. */
    public String describe() {
        return String.format("host=%s project=%d flagsKey=%s poll=%ds",
                host, projectId, secureApiKey, pollIntervalSeconds);
    }
}
