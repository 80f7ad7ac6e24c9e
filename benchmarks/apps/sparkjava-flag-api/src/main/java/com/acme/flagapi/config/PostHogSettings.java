package com.acme.flagapi.config;

/**
 * Everything the PostHog clients need, in one immutable value.
 */
public record PostHogSettings(
        String host,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds) {

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
