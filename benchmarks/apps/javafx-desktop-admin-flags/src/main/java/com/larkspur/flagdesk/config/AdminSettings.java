package com.larkspur.flagdesk.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * Immutable snapshot of everything the admin tool needs to talk to PostHog.
 */
public record AdminSettings(
        String profile,
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        String proxyHost,
        int proxyPort,
        String proxyUser,
        String proxyPassword,
        String oauthClientId,
        String oauthClientSecret,
        boolean verbose,
        Path sourceFile) {

    public URI apiBase() {
        return URI.create(host.endsWith("/") ? host + "api/" : host + "/api/");
    }

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public AdminSettings withKeys(String newPersonalKey, String newSecureKey) {
        return new AdminSettings(profile, host, projectId, projectApiKey, newPersonalKey, newSecureKey,
                proxyHost, proxyPort, proxyUser, proxyPassword, oauthClientId, oauthClientSecret,
                verbose, sourceFile);
    }
}
