package com.acme.flagctl.config;

import java.net.URI;

/**
 * Effective configuration after merging the bundled defaults, ~/.flagctl/*.properties and the environment.
 */
public record FlagCtlSettings(
        String host,
        String privateApiHost,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        String projectId,
        String oauthAccessToken,
        String oauthRefreshToken,
        ProxySettings proxy) {

    public record ProxySettings(String host, int port, String user, String password) {

        public static ProxySettings none() {
            return new ProxySettings(null, 0, null, null);
        }

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }

    public URI privateApiBase() {
        return URI.create(privateApiHost.endsWith("/") ? privateApiHost : privateApiHost + "/");
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Key used for local flag evaluation: the secure key when configured, the personal key otherwise. */
    public String localEvaluationKey() {
        return flagsSecureKey != null && !flagsSecureKey.isBlank() ? flagsSecureKey : personalApiKey;
    }
}
