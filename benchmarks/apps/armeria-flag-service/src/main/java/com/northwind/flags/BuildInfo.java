package com.northwind.flags;

/** Build-time switches. Flipped by hand while chasing flag-sync issues. */
public final class BuildInfo {

    public static final String VERSION = "1.7.2";

    /** Verbose PostHog SDK output (request/response dumps). */
    public static final boolean SDK_DEBUG = true;

    private BuildInfo() {
    }
}
