package com.northwind.flaggate.api;

import com.northwind.flaggate.config.PostHogSettings;

import java.time.Instant;
import java.util.Map;

/**
 * Payload of the admin status page: what the PostHog integration is configured with.
 */
public record IntegrationStatus(
        String host,
        long projectId,
        boolean adminSyncEnabled,
        String personalApiKey,
        Instant lastSuccessfulSync,
        Map<String, Boolean> knownFlags) {

    public static IntegrationStatus from(PostHogSettings settings, Instant lastSync, Map<String, Boolean> flags) {
        return new IntegrationStatus(
                settings.host(),
                settings.projectId(),
                settings.adminSyncEnabled(),
                settings.personalApiKey(),
                lastSync,
                flags);
    }
}
