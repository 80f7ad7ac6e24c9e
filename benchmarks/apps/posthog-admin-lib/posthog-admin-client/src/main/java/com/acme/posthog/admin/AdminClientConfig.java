package com.acme.posthog.admin;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings for {@link PostHogAdminClient}. Built by {@link PostHogAdminClient.Builder}.
 */
public final class AdminClientConfig {

    public static final String US_HOST = "https://us.posthog.com";
    public static final String EU_HOST = "https://eu.posthog.com";

    private final String host;
    private final String personalApiKey;
    private final String projectApiKey;
    private final long projectId;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final boolean logHttp;
    private final String userAgent;

    AdminClientConfig(String host,
                      String personalApiKey,
                      String projectApiKey,
                      long projectId,
                      Duration connectTimeout,
                      Duration readTimeout,
                      boolean logHttp,
                      String userAgent) {
        this.host = host;
        this.personalApiKey = personalApiKey;
        this.projectApiKey = projectApiKey;
        this.projectId = projectId;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.logHttp = logHttp;
        this.userAgent = userAgent;
    }

    public String host() {
        return host;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public long projectId() {
        return projectId;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public boolean logHttp() {
        return logHttp;
    }

    public String userAgent() {
        return userAgent;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AdminClientConfig that)) return false;
        return projectId == that.projectId
                && logHttp == that.logHttp
                && Objects.equals(host, that.host)
                && Objects.equals(personalApiKey, that.personalApiKey)
                && Objects.equals(projectApiKey, that.projectApiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, personalApiKey, projectApiKey, projectId, logHttp);
    }

    @Override
    public String toString() {
        return "AdminClientConfig{" +
                "host='" + host + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", projectApiKey='" + projectApiKey + '\'' +
                ", projectId=" + projectId +
                ", connectTimeout=" + connectTimeout +
                ", readTimeout=" + readTimeout +
                ", logHttp=" + logHttp +
                '}';
    }
}
