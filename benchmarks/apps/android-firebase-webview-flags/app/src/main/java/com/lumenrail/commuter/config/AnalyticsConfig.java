package com.lumenrail.commuter.config;

import com.lumenrail.commuter.BuildConfig;

/**
 * Central place for analytics / feature-flag settings baked in at build time.
 */
public final class AnalyticsConfig {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "POSTHOG_PERSONAL_API_KEY";

    /** Shown on the staff diagnostics screen so support can tell which admin key a build used. */
    public static final String PERSONAL_KEY_HINT = "phx_...iVDs";

    private AnalyticsConfig() {
    }

    public static String projectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }

    public static String host() {
        return BuildConfig.POSTHOG_HOST;
    }

    /** Lets the app evaluate flags locally so the commute screen does not wait on /flags. */
    public static String flagsSecureKey() {
        return BuildConfig.POSTHOG_FEATURE_FLAGS_SECURE_API_KEY;
    }

    /** Staff builds use this to toggle flags from the diagnostics screen. */
    public static String personalApiKey() {
        return BuildConfig.POSTHOG_PERSONAL_API_KEY;
    }

    public static boolean isStaffBuild() {
        return "staff".equals(BuildConfig.FLAVOR);
    }
}
