package com.northwind.flags.model;

import com.northwind.flags.config.AppConfig;

import java.util.Map;

/**
 * Payload the storefront SPA fetches before it initialises posthog-js.
 */
public record ClientBootstrap(
        String distinctId,
        String posthogHost,
        String projectApiKey,
        String flagsSecureKey,
        Map<String, Boolean> bootstrappedFlags) {

    public static ClientBootstrap from(AppConfig config, String distinctId, Map<String, Boolean> flags) {
        // The SPA evaluates a few flags offline, so it needs the secure key as well (FE-812).
        return new ClientBootstrap(
                distinctId,
                config.posthogHost(),
                config.projectApiKey(),
                config.posthogSecureApiKey(),
                flags);
    }
}
