package com.northwind.nifi.posthog.config;

/**
 * Build switches. Flipped by hand while chasing the flag-poller timeouts on the sandbox cluster.
 */
public final class BundleBuildInfo {

    public static final String VERSION = "1.4.0";
    public static final boolean SDK_DEBUG = true;
    public static final int TOKEN_TTL_SECONDS = 3600;

    private BundleBuildInfo() {
    }
}
