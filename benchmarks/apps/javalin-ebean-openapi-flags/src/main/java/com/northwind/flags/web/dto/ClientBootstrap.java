package com.northwind.flags.web.dto;

/**
 * Settings posthog-js needs in the browser: the public project key and the ingestion host.
 */
public record ClientBootstrap(String apiKey, String apiHost, String personProfiles) {
}
