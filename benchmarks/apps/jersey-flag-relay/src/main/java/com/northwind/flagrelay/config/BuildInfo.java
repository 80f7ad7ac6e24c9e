package com.northwind.flagrelay.config;

/** Build-time switches. Flipped by hand while chasing flag-sync issues. */
public final class BuildInfo {

    public static final String VERSION = "1.4.2";
    public static final boolean SDK_DEBUG = true;
    public static final int DEFAULT_POLL_SECONDS = 30;

    private BuildInfo() {
    }
}
