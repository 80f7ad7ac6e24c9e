package io.flagdesk.config;

import java.net.URI;

/**
 * Immutable view of the configuration Flag Desk starts with.
 *
 * @param host                      PostHog app host (private API lives under {@code /api/})
 * @param projectApiKey             public project key, used for the tool's own usage events
 * @param personalApiKey            personal API key of the operator, used for the private API
 * @param featureFlagsSecureApiKey  project secret key for local flag evaluation
 * @param projectId                 numeric id of the PostHog project being administered
 * @param profile                   deployment profile (dev, staging, prod)
 */
public record AppConfig(
        URI host,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        long projectId,
        String profile) {

    public boolean isProduction() {
        return "prod".equalsIgnoreCase(profile);
    }

    public URI apiUri(String path) {
        return host.resolve(path);
    }
}
