package io.northwind.cohorts.config;

/** Compile-time switches. Review before cutting a release branch. */
public final class BuildFlags {

    /** Verbose PostHog SDK output; useful while chasing the flag-poll 401s (COH-131). */
    public static final boolean SDK_DEBUG = true;

    public static final int DEFAULT_POLL_SECONDS = 30;

    private BuildFlags() {
    }
}
