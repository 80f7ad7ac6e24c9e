package com.brightkettle.pantry.config;

import android.content.Context;
import android.text.TextUtils;

import com.brightkettle.pantry.BuildConfig;
import com.brightkettle.pantry.R;

/**
 * Central holder for build-time configuration. Everything else reads values from here
 * so instrumented tests can swap them in one place.
 */
public final class AppConfig {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PREF_ACCESS_TOKEN = "access_token";
    public static final String PREF_REFRESH_TOKEN = "refresh_token";
    public static final String PREF_EXPIRES_AT = "expires_at";

    // Used when CI did not inject a key (e.g. PR builds from forks) so flag caching still works.
    private static final String FALLBACK_PERSONAL_API_KEY =
            "phx_" + "qaNNkWu6SWwW5ZN5TBk2cUHM" + "WoEqXkt8y2EiQpuZdaemGnWH";

    private static String flagsSecureKey;

    private AppConfig() {
    }

    public static void init(Context context) {
        flagsSecureKey = context.getString(R.string.posthog_feature_flags_secure_key);
    }

    public static String apiBaseUrl() {
        return BuildConfig.API_BASE_URL;
    }

    public static String posthogHost() {
        return BuildConfig.POSTHOG_HOST;
    }

    public static String projectApiKey() {
        return BuildConfig.POSTHOG_PROJECT_API_KEY;
    }

    public static String personalApiKey() {
        String key = BuildConfig.POSTHOG_PERSONAL_API_KEY;
        return TextUtils.isEmpty(key) ? FALLBACK_PERSONAL_API_KEY : key;
    }

    public static String flagsSecureKey() {
        return flagsSecureKey;
    }

    public static boolean isDebugBuild() {
        return BuildConfig.DEBUG;
    }

    public static boolean isStaffBuild() {
        return "staff".equals(BuildConfig.BUILD_TYPE);
    }
}
