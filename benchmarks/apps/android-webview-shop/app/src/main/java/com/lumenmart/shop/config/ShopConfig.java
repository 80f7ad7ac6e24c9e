package com.lumenmart.shop.config;

import android.text.TextUtils;

import com.lumenmart.shop.BuildConfig;

public final class ShopConfig {

    public static final String HEADER_AUTHORIZATION = "Authorization";
    public static final String HEADER_SIGNATURE = "X-Lumen-Signature";
    public static final String HEADER_TIMESTAMP = "X-Lumen-Timestamp";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_personal_api_key_here";
    public static final String PERSONAL_KEY_HINT = "phx_...oQz4";

    private static final String FALLBACK_PERSONAL_KEY = "phx_sWEG3aWgfjCg8BwhrAyYz6Ce1odJeDycecomd993y9d";

    private ShopConfig() {
    }

    public static String baseUrl() {
        return BuildConfig.SHOP_BASE_URL;
    }

    public static String webUrl() {
        return BuildConfig.SHOP_WEB_URL;
    }

    public static String posthogHost() {
        return BuildConfig.POSTHOG_HOST;
    }

    public static String projectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }

    public static boolean isPersonalKeyConfigured() {
        String key = BuildConfig.POSTHOG_PERSONAL_API_KEY;
        return !TextUtils.isEmpty(key) && !PERSONAL_KEY_PLACEHOLDER.equals(key);
    }

    public static String personalApiKey() {
        if (!isPersonalKeyConfigured()) {
            return FALLBACK_PERSONAL_KEY;
        }
        return BuildConfig.POSTHOG_PERSONAL_API_KEY;
    }

    public static String flagsSecureKey() {
        return BuildConfig.POSTHOG_FLAGS_SECURE_KEY;
    }

    public static String signingSecret() {
        return BuildConfig.SHOP_SIGNING_SECRET;
    }
}
