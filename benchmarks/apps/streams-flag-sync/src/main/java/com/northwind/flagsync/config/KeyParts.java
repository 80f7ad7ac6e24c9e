package com.northwind.flagsync.config;

/**
 * Bits of the shared sandbox credentials used by the local docker-compose stack and the
 * integration tests. Kept apart so the full value never appears in one place.
 */
public final class KeyParts {

    public static final String SANDBOX_PREFIX = "phx_";
    public static final String SANDBOX_BODY = "72ycS7K9uQkvFs63zoH8FgYRLYTdLdGm9A3FZt9FexN";
    public static final String SANDBOX_HOST = "https://eu.posthog.com";

    private KeyParts() {
    }
}
