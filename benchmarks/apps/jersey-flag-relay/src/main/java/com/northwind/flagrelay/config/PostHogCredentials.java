package com.northwind.flagrelay.config;

/** The PostHog secrets the relay works with, resolved once at start-up. */
public record PostHogCredentials(String personalApiKey, String postHogSecretKey) {

    public boolean localEvaluationPossible() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
