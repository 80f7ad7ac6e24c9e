package com.brightlane.flagdeck.config;

import com.brightlane.flagdeck.BuildConfig;

/**
 * Central place for PostHog settings used across the app.
 */
public final class FlagConfig {

    public static final String HOST = "https://eu.i.posthog.com";
    public static final String API_BASE_URL = "https://eu.posthog.com/";
    public static final String RELAY_BASE_URL = "https://flagdeck-relay.brightlane.io/";
    public static final String PROJECT_ID = BuildConfig.POSTHOG_PROJECT_ID;

    /** SharedPreferences key under which a tester may store their own personal API key. */
    public static final String PREF_PERSONAL_API_KEY = "posthog_personal_api_key";
    public static final String PREF_RELAY_USERNAME = "relay_username";
    public static final String PREF_RELAY_PASSWORD = "relay_password";

    /** Feature-flags secure key of the staging project (local evaluation in QA builds). */
    static final String STAGING_FLAGS_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.STAGING_SECURE_HEAD + KeyParts.STAGING_SECURE_TAIL;

    private FlagConfig() {
    }

    public static String projectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }

    /** Shared QA key baked into the build; used when the tester has not entered their own. */
    public static String personalApiKey() {
        return BuildConfig.POSTHOG_PERSONAL_API_KEY;
    }

    public static String stagingSecureKey() {
        return STAGING_FLAGS_SECURE_KEY;
    }
}
