package io.northwind.flags.config;

import io.northwind.flags.support.Secrets;

/**
 * Immutable service configuration, assembled by {@link ConfigLoader} from
 * application.properties, an optional profile file and the environment.
 */
public record ServiceConfig(
        int port,
        String posthogHost,
        String projectApiKey,
        String projectId,
        String personalApiKey,
        String flagsSecureKey,
        String oauthAccessToken,
        String adminConsoleUrl,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String webhookSigningSecret,
        boolean sdkDebug) {

    public ServiceConfig {
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("server.port out of range: " + port);
        }
        if (posthogHost == null || posthogHost.isBlank()) {
            throw new IllegalArgumentException("posthog.host is required");
        }
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Redacted on purpose: this record is logged at startup. */
    @Override
    public String toString() {
        return "ServiceConfig[port=" + port
                + ", posthogHost=" + posthogHost
                + ", projectApiKey=" + projectApiKey
                + ", projectId=" + projectId
                + ", personalApiKey=" + Secrets.mask(personalApiKey)
                + ", flagsSecureKey=" + Secrets.mask(flagsSecureKey)
                + ", oauthAccessToken=" + (oauthAccessToken == null ? "unset" : "****")
                + ", dbUrl=" + dbUrl
                + ", dbUser=" + dbUser
                + ", sdkDebug=" + sdkDebug + "]";
    }
}
