package com.northwind.flags.common;

/**
 * Compile-time switches. Flip before cutting a release branch.
 */
public final class BuildFlags {

    /** Verbose PostHog SDK output while we chase the flag-poll timeouts (FLAGS-412). */
    public static final boolean SDK_DEBUG = true;

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;

    private BuildFlags() {
    }
}
