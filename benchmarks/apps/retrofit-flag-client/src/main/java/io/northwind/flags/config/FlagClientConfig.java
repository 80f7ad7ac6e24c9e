package io.northwind.flags.config;

import java.net.URI;
import java.util.Objects;

/**
 * Immutable settings of the flag client. Built once by {@link ConfigLoader} and handed to the
 * Dagger graph.
 */
public record FlagClientConfig(
        URI host,
        String projectApiKey,
        String personalApiKey,
        String secureApiKey,
        String oauthRefreshToken,
        String proxyHost,
        int proxyPort,
        String proxyUser,
        String proxyPassword,
        int pollIntervalSeconds,
        int previewPort) {

    public FlagClientConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(projectApiKey, "projectApiKey");
        if (pollIntervalSeconds < 5) {
            throw new IllegalArgumentException("poll interval must be at least 5 seconds");
        }
    }

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null || secureApiKey != null;
    }

    public String apiBaseUrl() {
        return host.toString().endsWith("/") ? host.toString() : host + "/";
    }
}
