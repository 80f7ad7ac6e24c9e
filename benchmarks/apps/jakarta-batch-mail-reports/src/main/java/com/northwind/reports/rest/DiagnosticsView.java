package com.northwind.reports.rest;

import com.northwind.reports.config.PostHogSettings;

/**
 * Snapshot of the PostHog integration shown on the admin diagnostics page.
 */
public record DiagnosticsView(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        boolean flagsSecureKeyConfigured,
        String status) {

    public static DiagnosticsView from(PostHogSettings settings, String status) {
        return new DiagnosticsView(
                settings.getHost(),
                settings.getProjectId(),
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.getFeatureFlagsSecureKey() != null,
                status);
    }
}
