package com.northwind.flaggateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PostHog settings, bound from the {@code posthog.*} block of application.yml.
 *
 * <p>{@code api-key} is the public project key; {@code personal-api-key} and {@code secret-key}
 * come from the deployment's secret store.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Name of the property that holds the personal API key, for startup diagnostics. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private String apiKey;
    private String personalApiKey;
    private String secretKey;
    private String host = "https://us.i.posthog.com";
    private String appHost = "https://us.posthog.com";
    private long projectId;
    private Duration syncInterval = Duration.ofMinutes(5);

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

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
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

    public Duration getSyncInterval() {
        return syncInterval;
    }

    public void setSyncInterval(Duration syncInterval) {
        this.syncInterval = syncInterval;
    }
}
