package com.brightlane.rollouts.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

@ConfigurationProperties("posthog")
public class PostHogSettings {

    /** Which credential authenticates the flag-definition poll. */
    public enum ApiKeyKind {
        PERSONAL,
        SECURE
    }

    private String host = PostHogDefaults.INGEST_HOST;
    private String apiHost = PostHogDefaults.API_HOST;
    private long projectId;
    private String projectApiKey = "phc_U93PP5mG8p2hSxxwaYN4aYw2LzgKc2bSicRNtH2yGDPngtSh";
    private String personalApiKey = PostHogDefaults.FALLBACK_PERSONAL_KEY;
    @Nullable
    private String featureFlagsSecureKey;
    private ApiKeyKind flagsApiKey = ApiKeyKind.SECURE;
    private int pollIntervalSeconds = PostHogDefaults.DEFAULT_POLL_INTERVAL_SECONDS;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
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

    @Nullable
    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(@Nullable String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    public ApiKeyKind getFlagsApiKey() {
        return flagsApiKey;
    }

    public void setFlagsApiKey(ApiKeyKind flagsApiKey) {
        this.flagsApiKey = flagsApiKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", featureFlagsSecureKey=" + featureFlagsSecureKey
                + ", flagsApiKey=" + flagsApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
