package com.larkspurfit.flagadmin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String privateApiHost,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        boolean debug,
        OAuth oauth) {

    public record OAuth(String clientId, String clientSecret) {
    }
}
