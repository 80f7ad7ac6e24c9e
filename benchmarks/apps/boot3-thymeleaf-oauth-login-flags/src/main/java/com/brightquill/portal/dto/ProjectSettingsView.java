package com.brightquill.portal.dto;

/**
 * What the admin "Project settings" page shows about the PostHog integration.
 */
public record ProjectSettingsView(
        long projectId,
        String host,
        String projectApiKey,
        String personalApiKey,
        String secureKeyMasked,
        int pollIntervalSeconds) {
}
