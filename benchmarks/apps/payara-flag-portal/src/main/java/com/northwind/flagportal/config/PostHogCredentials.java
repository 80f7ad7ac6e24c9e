package com.northwind.flagportal.config;

/**
 * Everything the portal needs to talk to PostHog, in one value.
 */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String host) {
}
