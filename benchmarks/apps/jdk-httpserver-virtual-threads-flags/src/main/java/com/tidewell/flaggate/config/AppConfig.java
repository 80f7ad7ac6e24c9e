package com.tidewell.flaggate.config;

/**
 * Immutable application settings, assembled once at start-up by {@link ConfigLoader}.
 */
public record AppConfig(
        int port,
        String adminUser,
        String adminPassword,
        long sessionTtlSeconds,
        String cookieDomain,
        PostHogSettings posthog) {
}
