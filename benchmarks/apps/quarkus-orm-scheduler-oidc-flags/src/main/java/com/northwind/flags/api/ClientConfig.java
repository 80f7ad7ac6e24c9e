package com.northwind.flags.api;

/**
 * Minimal posthog-js init options for the admin SPA.
 */
public record ClientConfig(String apiKey, String apiHost) {
}
