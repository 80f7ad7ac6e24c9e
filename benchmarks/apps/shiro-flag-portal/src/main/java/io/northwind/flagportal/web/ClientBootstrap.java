package io.northwind.flagportal.web;

import io.northwind.flagportal.config.PortalSettings;

/** What the dashboard's JavaScript needs to start posthog-js and the flag preview. */
public record ClientBootstrap(String projectApiKey, String host, String flagsSecureKey, String distinctId) {

    public static ClientBootstrap forUser(PortalSettings settings, String username) {
        return new ClientBootstrap(settings.getProjectApiKey(), settings.getHost(),
                settings.getPostHogSecretKey(), username);
    }
}
