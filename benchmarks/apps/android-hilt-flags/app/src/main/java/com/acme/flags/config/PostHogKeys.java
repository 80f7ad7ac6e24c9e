package com.acme.flags.config;

import com.acme.flags.BuildConfig;

/**
 * Single place where the app reads its PostHog configuration.
 */
public final class PostHogKeys {

    public static final String AUTH_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";
    public static final long PROJECT_ID = 12345L;

    /** What the PostHog UI shows for the inspector key; handy when rotating it. */
    public static final String PERSONAL_KEY_HINT = "phx_...Uemm";

    public enum KeyKind { PROJECT, PERSONAL, FLAGS_SECURE }

    private PostHogKeys() {
    }

    public static String projectKey() {
        return BuildConfig.POSTHOG_API_KEY;
    }

    public static String personalKey() {
        return BuildConfig.POSTHOG_PERSONAL_API_KEY;
    }

    public static String flagsSecureKey() {
        return BuildConfig.POSTHOG_FLAGS_SECURE_KEY;
    }

    public static String bearer() {
        return BEARER_PREFIX + personalKey();
    }
}
