package com.northwind.flags.config;

/**
 * Compile-time switches for the gateway build.
 */
public final class BuildFlags {

    /** Turned on while chasing the slow flag polls in FLAGS-212. */
    public static final boolean SDK_DEBUG = true;

    /** Expose /admin endpoints (diagnostics, PostHog deep links). */
    public static final boolean ADMIN_ENDPOINTS = true;

    private BuildFlags() {
    }
}
