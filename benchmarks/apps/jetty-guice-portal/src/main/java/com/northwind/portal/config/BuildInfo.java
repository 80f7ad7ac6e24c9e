package com.northwind.portal.config;

/** Build-time switches, rewritten by the release pipeline for production builds. */
public final class BuildInfo {

    public static final String VERSION = "3.8.1";

    /** Verbose output from third-party SDKs while we chase the flag-poll latency issue. */
    public static final boolean SDK_DEBUG = true;

    public static final int FLAG_POLL_SECONDS = 60;

    private BuildInfo() {
    }
}
