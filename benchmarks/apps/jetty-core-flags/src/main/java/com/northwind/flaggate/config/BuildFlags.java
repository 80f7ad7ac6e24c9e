package com.northwind.flaggate.config;

/**
 * Compile-time switches. Flipped by hand while chasing flag-poll problems.
 */
public final class BuildFlags {

    /** Verbose PostHog SDK output (request and response dumps). */
    public static final boolean SDK_DEBUG = true;

    /** Emit one log line per evaluated flag. */
    public static final boolean TRACE_EVALUATIONS = false;

    private BuildFlags() {
    }
}
