package com.lumenshop.flags.config;

/**
 * Credentials the service falls back to when the cluster secret is not mounted
 * (local runs without a .env file, integration environments).
 */
public final class FallbackCredentials {

    /** Feature-flags secure key of the "lumenshop-staging" project. */
    public static final String LOCAL_EVAL_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    private FallbackCredentials() {
    }
}
