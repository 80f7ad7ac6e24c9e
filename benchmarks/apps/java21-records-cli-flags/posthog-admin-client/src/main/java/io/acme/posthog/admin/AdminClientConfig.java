package io.acme.posthog.admin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings for PostHog's private API.
 *
 * @param apiHost        app host, e.g. {@code https://us.posthog.com} (not the ingestion host)
 * @param projectId      numeric project (environment) id
 * @param projectApiKey  public project token, used for ingestion endpoints
 * @param personalApiKey personal API key with {@code feature_flag:write} scope
 * @param timeout        per-request timeout
 */
public record AdminClientConfig(
        URI apiHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        Duration timeout) {

    public static final URI US_CLOUD = URI.create("https://us.posthog.com");
    public static final URI EU_CLOUD = URI.create("https://eu.posthog.com");

    public AdminClientConfig {
        Objects.requireNonNull(apiHost, "apiHost");
        Objects.requireNonNull(personalApiKey, "personalApiKey");
        if (projectId <= 0) {
            throw new IllegalArgumentException("projectId must be positive, got " + projectId);
        }
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** Ingestion host that matches {@link #apiHost()}: {@code us.posthog.com} becomes {@code us.i.posthog.com}. */
    public URI ingestionHost() {
        String host = apiHost.getHost();
        if (host != null && host.endsWith(".posthog.com") && !host.contains(".i.")) {
            String region = host.substring(0, host.indexOf('.'));
            return URI.create("https://" + region + ".i.posthog.com");
        }
        return apiHost;
    }

    public AdminClientConfig withTimeout(Duration newTimeout) {
        return new AdminClientConfig(apiHost, projectId, projectApiKey, personalApiKey, newTimeout);
    }
}
