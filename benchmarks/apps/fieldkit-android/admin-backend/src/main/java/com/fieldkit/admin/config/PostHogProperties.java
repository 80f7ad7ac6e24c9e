package com.fieldkit.admin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectKey,
        String personalApiKey,
        String flagsSecureKey,
        String host,
        String appHost,
        long projectId) {

    public PostHogProperties {
        if (host == null || host.isBlank()) {
            host = "https://eu.i.posthog.com";
        }
        if (appHost == null || appHost.isBlank()) {
            appHost = "https://eu.posthog.com";
        }
        if (flagsSecureKey == null || flagsSecureKey.isBlank()) {
            flagsSecureKey = FlagsDefaults.FALLBACK_SECURE_KEY;
        }
    }
}
