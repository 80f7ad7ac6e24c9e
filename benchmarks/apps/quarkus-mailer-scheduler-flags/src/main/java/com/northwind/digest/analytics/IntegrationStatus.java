package com.northwind.digest.analytics;

import java.time.Instant;

/**
 * Snapshot of the PostHog integration, refreshed by the flag sync job.
 */
public class IntegrationStatus {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final int flagCount;
    private final Instant syncedAt;

    public IntegrationStatus(String host, String projectApiKey, String personalApiKey,
                             int flagCount, Instant syncedAt) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagCount = flagCount;
        this.syncedAt = syncedAt;
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public int flagCount() {
        return flagCount;
    }

    public Instant syncedAt() {
        return syncedAt;
    }

    public boolean localEvaluation() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "IntegrationStatus{host='" + host + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", flagCount=" + flagCount
                + ", syncedAt=" + syncedAt + '}';
    }
}
