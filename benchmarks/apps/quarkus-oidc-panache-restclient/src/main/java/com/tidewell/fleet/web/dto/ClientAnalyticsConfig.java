package com.tidewell.fleet.web.dto;

/**
 * Bootstrap payload for the console SPA (posthog-js init + flag admin widgets).
 */
public record ClientAnalyticsConfig(
        String apiHost,
        String projectApiKey,
        String personalApiKey,
        boolean flagAdmin) {
}
