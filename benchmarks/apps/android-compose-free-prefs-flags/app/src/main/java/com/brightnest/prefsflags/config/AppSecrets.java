package com.brightnest.prefsflags.config;

import com.brightnest.prefsflags.BuildConfig;

/**
 * Single access point for flavor-dependent credentials injected through BuildConfig.
 * Only the "internal" flavor carries non-empty values.
 */
public final class AppSecrets {

    private AppSecrets() {
    }

    public static boolean hasAdminAccess() {
        return !BuildConfig.POSTHOG_PERSONAL_API_KEY.isEmpty();
    }

    public static String personalApiKey() {
        return BuildConfig.POSTHOG_PERSONAL_API_KEY;
    }

    public static String flagsSecureKey() {
        return BuildConfig.POSTHOG_FLAGS_SECURE_KEY;
    }

    public static String projectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }
}
