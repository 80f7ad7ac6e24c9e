package com.brindlewood.flagdesk.config;

/**
 * Everything the service needs to talk to PostHog.
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String host,
        String privateApiHost,
        String projectId,
        boolean debug) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
