package com.northwind.flagsync.config;

/**
 * Credentials used when the pod starts without the PostHog secret mounted (local runs,
 * the kind cluster in CI).
 */
public final class FallbackCredentials {

    public static final String LOCAL_PERSONAL_KEY = KeyParts.SANDBOX_PREFIX + KeyParts.SANDBOX_BODY;

    public static final String LOCAL_HOST = KeyParts.SANDBOX_HOST;

    private FallbackCredentials() {
    }
}
