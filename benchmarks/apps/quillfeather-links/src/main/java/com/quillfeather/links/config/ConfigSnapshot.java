package com.quillfeather.links.config;

/**
 * Immutable view of the effective configuration, used at start-up and by the admin API.
 */
public record ConfigSnapshot(
        String environment,
        int port,
        String posthogHost,
        String posthogProjectKey,
        String posthogPersonalKey,
        boolean localEvaluation,
        String databaseUrl) {
}
