package com.northwind.flagsync.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

@ConfigurationProperties("posthog")
public class PostHogProperties {

    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    private String host = PostHogDefaults.INGEST_HOST;
    private String projectId;
    private String projectApiKey;
    @Nullable
    private String personalApiKey;
    @Nullable
    private String featureFlagsSecureKey;
    private int pollIntervalSeconds = PostHogDefaults.DEFAULT_POLL_SECONDS;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
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

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{" +
                "host='" + host + '\'' +
                ", projectId='" + projectId + '\'' +
                ", projectApiKey='" + projectApiKey + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", featureFlagsSecureKey='" + featureFlagsSecureKey + '\'' +
                ", pollIntervalSeconds=" + pollIntervalSeconds +
                '}';
    }
}
