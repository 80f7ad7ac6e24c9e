package com.lumenshop.flags.config;

/**
 * Compile-time switches. Flipped by hand while debugging the flag poller.
 */
public final class BuildFlags {

    /** Verbose PostHog SDK output (request/response dumps). */
    public static final boolean SDK_DEBUG = true;

    public static final boolean ENABLE_SSE_STREAM = true;

    private BuildFlags() {
    }
}
