package com.northwind.flags.dto;

/**
 * The credentials a flag evaluation runs with.
 */
public record PostHogCredentials(String host, String projectApiKey, String personalApiKey) {

    public boolean localEvaluation() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
