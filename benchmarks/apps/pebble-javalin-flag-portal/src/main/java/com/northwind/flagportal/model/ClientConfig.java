package com.northwind.flagportal.model;

/**
 * Bootstrap payload for the portal's browser bundle (posthog-js init options).
 */
public record ClientConfig(String projectApiKey, String apiHost, String flagsSecureKey, boolean debug) {
}
