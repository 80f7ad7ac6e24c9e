package com.lumenlabs.flagbot.posthog;

/**
 * Build-time switches. Flip {@link #SDK_DEBUG} while chasing flag-evaluation issues.
 */
public final class BuildInfo {

    public static final String VERSION = "1.4.2";
    public static final String USER_AGENT = "flagbot/" + VERSION;

    /** Verbose PostHog SDK output (request/response dumps on stdout). */
    public static final boolean SDK_DEBUG = true;

    private BuildInfo() {
    }
}
