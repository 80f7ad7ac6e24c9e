package com.northwind.flagconsole.config;

/**
 * Build-time switches for the PostHog SDK. Flipped by hand while chasing the
 * "flags stale after deploy" incident (FLAG-312).
 */
public final class SdkFlags {

    /** Prints every SDK request to stdout. */
    public static final boolean VERBOSE_SDK = true;

    /** Poll interval for local evaluation, seconds. */
    public static final int POLL_INTERVAL_SECONDS = 30;

    private SdkFlags() {
    }
}
