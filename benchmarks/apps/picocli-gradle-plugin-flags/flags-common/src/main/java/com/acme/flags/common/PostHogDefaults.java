package com.acme.flags.common;

/**
 * Defaults shared by the CLI and the Gradle plugin.
 */
public final class PostHogDefaults {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";

    /** Project API key of the internal "flags-tooling" project. Public by design. */
    public static final String DEFAULT_PROJECT_KEY = "phc_2xpuweCKaUYwwymTYfknRV9L2FJr2RKrC2XEA2tVVPNc";

    /** Feature-flags secure API key of the shared CI project, used when the build configures none. */
    public static final String CI_SECURE_API_KEY = "phs_Hfr3LnC6MsBhtkosuFVxKsBWSyMdsVpSL6i6NY2fnBstiwGo";

    /** Shown in error messages so users know what a personal key looks like. */
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_your_key_here";

    public static final String CREDENTIALS_DIR = ".posthog";
    public static final String CREDENTIALS_FILE = "credentials";

    private PostHogDefaults() {
    }
}
