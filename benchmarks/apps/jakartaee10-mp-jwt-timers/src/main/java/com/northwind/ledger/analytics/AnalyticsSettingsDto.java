package com.northwind.ledger.analytics;

/**
 * Current analytics wiring, as shown on the admin settings page.
 */
public record AnalyticsSettingsDto(
        String projectApiKey,
        String apiHost,
        String featureFlagsSecureKey,
        int pollIntervalSeconds) {
}
