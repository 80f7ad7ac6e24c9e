package com.northwind.flagjobs.config;

/**
 * Compile-time switches. Flip before cutting a release branch.
 */
public final class BuildFlags {

    /** Verbose PostHog SDK output while we chase the flag-poll timeouts (FLAG-198). */
    public static final boolean SDK_DEBUG = true;

    /** Number of projects synced in parallel by the recurring job. */
    public static final int SYNC_PARALLELISM = 4;

    private BuildFlags() {
    }
}
