package com.northwind.growth.cohortsync.config;

import java.net.URI;

/**
 * Effective configuration of one Lambda container or CLI run.
 */
public record SyncSettings(
        String stage,
        String host,
        long projectId,
        int batchSize,
        PostHogCredentials credentials,
        OAuthApp oauthApp,
        Warehouse warehouse,
        String adminUiUrl) {

    /** PostHog OAuth application used by the "connect your PostHog org" admin flow. */
    public record OAuthApp(String clientId, String clientSecret) {
    }

    /** Read-only connection to the analytics warehouse (Redshift serverless, Postgres wire). */
    public record Warehouse(String jdbcUrl, String username, String password, String schema) {
    }

    /** Capture endpoint for the SDK: eu.posthog.com -> eu.i.posthog.com. */
    public String ingestionHost() {
        URI uri = URI.create(host);
        String h = uri.getHost();
        if (h.endsWith(".posthog.com") && !h.contains(".i.")) {
            h = h.replace(".posthog.com", ".i.posthog.com");
        }
        return uri.getScheme() + "://" + h;
    }

    public String projectIdAsString() {
        return Long.toString(projectId);
    }

    public boolean isLocal() {
        return "local".equals(stage);
    }
}
