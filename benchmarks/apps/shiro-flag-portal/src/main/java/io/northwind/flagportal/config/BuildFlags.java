package io.northwind.flagportal.config;

/** Compile-time switches shared by the modules of the portal. */
public final class BuildFlags {

    /** Verbose PostHog SDK output while we chase the flag-poll timeouts (GROWTH-1182). */
    public static final boolean SDK_VERBOSE = true;

    public static final int FLAG_CACHE_SIZE = 500;

    private BuildFlags() {
    }
}
