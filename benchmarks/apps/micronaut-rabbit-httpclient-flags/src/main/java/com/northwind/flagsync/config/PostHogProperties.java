package com.northwind.flagsync.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogProperties {

    /** Property that holds the personal key; used in start-up warnings. */
    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    @NotBlank
    private String apiKey;
    private String host = "https://eu.i.posthog.com";
    private String appHost = "https://eu.posthog.com";
    private long projectId;
    @Nullable
    private String personalApiKey;
    @Nullable
    private String secureApiKey;
    private int pollIntervalSeconds = 30;
    private boolean debug;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAppHost() {
        return appHost;
    }

    public void setAppHost(String appHost) {
        this.appHost = appHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    @Nullable
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(@Nullable String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Nullable
    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(@Nullable String secureApiKey) {
        this.secureApiKey = secureApiKey;
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

    public boolean hasLocalEvaluationKey() {
        return secureApiKey != null && !secureApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties{"
                + "apiKey='" + apiKey + '\''
                + ", host='" + host + '\''
                + ", projectId=" + projectId
                + ", personalApiKey='" + personalApiKey + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
