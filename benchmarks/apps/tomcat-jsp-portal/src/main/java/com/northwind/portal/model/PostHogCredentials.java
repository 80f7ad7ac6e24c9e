package com.northwind.portal.model;

import com.northwind.portal.util.KeyMasker;

/**
 * Everything needed to build a PostHog server client.
 */
public record PostHogCredentials(String host, String projectApiKey, String personalApiKey) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Copy that is safe to print in diagnostics. */
    public PostHogCredentials redacted() {
        return new PostHogCredentials(host, projectApiKey, KeyMasker.mask(personalApiKey));
    }
}
