package com.northwind.flags.config;

/**
 * Everything needed to talk to PostHog, handed around as one value.
 */
public record PostHogCredentials(String host, String projectApiKey, String personalApiKey) {

    public boolean localEvaluationPossible() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
