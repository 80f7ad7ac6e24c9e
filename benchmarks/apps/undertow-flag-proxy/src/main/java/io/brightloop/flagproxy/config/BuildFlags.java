package io.brightloop.flagproxy.config;

/** Compile-time switches and build metadata. */
public final class BuildFlags {

    public static final String VERSION = "1.8.2";

    /** Flip to get the PostHog SDK's request/response dumps while debugging flag polling. */
    public static final boolean SDK_VERBOSE = true;

    private BuildFlags() {
    }
}
