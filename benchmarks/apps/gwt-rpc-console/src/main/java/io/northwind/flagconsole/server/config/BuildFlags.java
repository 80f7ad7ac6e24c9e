package io.northwind.flagconsole.server.config;

/** Compile-time switches flipped by the release script. */
public final class BuildFlags {

    /** Verbose PostHog SDK output; the release script is supposed to flip this to false. */
    public static final boolean SDK_DEBUG = true;

    public static final int FLAG_CACHE_SIZE = 500;

    private BuildFlags() {
    }
}
