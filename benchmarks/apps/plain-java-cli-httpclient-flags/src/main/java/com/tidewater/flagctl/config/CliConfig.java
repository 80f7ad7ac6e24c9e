package com.tidewater.flagctl.config;

/**
 * Effective configuration of one flagctl profile, merged from the bundled defaults,
 * ~/.flagctl/config.properties and the environment.
 */
public record CliConfig(
        String host,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String proxyHost,
        int proxyPort,
        String proxyUser,
        String proxyPassword,
        int timeoutSeconds) {

    public boolean usesProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public boolean hasSecureKey() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank();
    }
}
