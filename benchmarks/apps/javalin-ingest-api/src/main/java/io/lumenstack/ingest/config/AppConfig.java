package io.lumenstack.ingest.config;

/**
 * Immutable runtime configuration, assembled once at startup by {@link ConfigLoader}.
 */
public record AppConfig(
        String env,
        int port,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String posthogIngestHost,
        String posthogApiHost,
        long posthogProjectId,
        String projectApiKey,
        String personalApiKey,
        String adminToken) {

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
