package io.acme.flagoperator.config;

/**
 * Connection details for PostHog's private API (feature flag definitions).
 *
 * @param host             API host, e.g. {@code https://eu.posthog.com}
 * @param projectId        numeric project id
 * @param personalApiKey   personal API key with the feature_flag:read scope
 * @param projectSecretKey feature-flags secure API key, preferred for local evaluation
 */
public record PostHogCredentials(String host, String projectId, String personalApiKey, String projectSecretKey) {

    public String bestKey() {
        return projectSecretKey != null && !projectSecretKey.isBlank() ? projectSecretKey : personalApiKey;
    }
}
