package com.tidewater.invoices.model;

/**
 * Settings handed to the PostHog server SDK.
 */
public record AnalyticsSettings(String host, String projectApiKey, String personalApiKey, boolean debug) {
}
