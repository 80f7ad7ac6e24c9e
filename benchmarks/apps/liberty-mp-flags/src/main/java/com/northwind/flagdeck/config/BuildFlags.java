package com.northwind.flagdeck.config;

/**
 * Compile-time switches. Flipped by hand while chasing SDK issues.
 */
public final class BuildFlags {

    /** Verbose PostHog SDK output (flag polls, request dumps). */
    public static final boolean SDK_DEBUG = true;

    public static final int FLAG_POLL_SECONDS = 30;

    private BuildFlags() {
    }
}
