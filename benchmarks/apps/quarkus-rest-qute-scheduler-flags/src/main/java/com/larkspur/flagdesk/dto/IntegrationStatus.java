package com.larkspur.flagdesk.dto;

/**
 * What the integrations page shows about the PostHog connection.
 */
public record IntegrationStatus(
        String host,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String secureKeyMasked,
        int pollIntervalSeconds) {
}
