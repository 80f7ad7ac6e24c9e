package com.northwind.flagboard.graphql;

import java.time.Instant;
import java.util.List;

/**
 * GraphQL payload and input types that are not JPA entities.
 */
public final class Payloads {

    private Payloads() {
    }

    public enum KeyKind {
        PROJECT_API_KEY,
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }

    public record RolloutInput(String flagKey, String environment, int rolloutPercentage) {
    }

    public record ClientBootstrap(String projectApiKey, String apiHost, List<String> enabledFlags) {
    }

    public record IntegrationSettings(
            long projectId,
            String projectApiKey,
            String personalApiKeyHint,
            String featureFlagsSecureKey,
            boolean localEvaluation) {
    }

    public record PollerStatus(Instant observedAt, boolean localEvaluation, int pollIntervalSeconds, String credential) {
    }

    public record KeyRotation(KeyKind kind, String newKey, Instant rotatedAt) {
    }

    public record FlagChangeEvent(
            String flagKey,
            String environment,
            int rolloutPercentage,
            String changedBy,
            Instant changedAt) {
    }
}
