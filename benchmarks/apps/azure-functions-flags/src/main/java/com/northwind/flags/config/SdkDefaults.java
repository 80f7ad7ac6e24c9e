package com.northwind.flags.config;

public final class SdkDefaults {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    public static final String HOST_SETTING = "POSTHOG_HOST";
    public static final String PROJECT_ID_SETTING = "POSTHOG_PROJECT_ID";
    public static final String PROJECT_KEY_SETTING = "POSTHOG_PROJECT_API_KEY";
    public static final String EVENTS_KEY_SETTING = "POSTHOG_API_KEY";
    public static final String PERSONAL_KEY_SETTING = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_SETTING = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String SDK_DEBUG_SETTING = "POSTHOG_SDK_DEBUG";

    public static final String PUBLIC_PROJECT_KEY = "phc_JIV6DZelFMVuLxMAokKsTstfnWfxD4CClhyfd2P9Sd8";
    public static final String UNCONFIGURED_PERSONAL_KEY = "phx_your_personal_api_key_here";
    public static final String SECURE_KEY_PREFIX = "phs_";

    static final String BREAKGLASS_PERSONAL_KEY = "phx_6bMsAAUIEeAmHrwb56mYLPknZi09TLnpjojve9U62damgZI";

    public static final int POLL_INTERVAL_SECONDS = 60;
    public static final int FLUSH_AT = 20;

    private SdkDefaults() {
    }
}
