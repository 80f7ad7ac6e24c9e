package io.northwind.flags.config;

/** Compile-time switches flipped by the release script. */
public final class BuildFlags {

    /** Verbose PostHog SDK output; the release script sets this to false for tagged builds. */
    public static final boolean SDK_DEBUG = true;

    public static final int DEFAULT_POLL_SECONDS = 30;

    private BuildFlags() {
    }
}
