package com.trailnote.app.analytics;

public final class AnalyticsKeys {

    public static final String OAUTH_PREFIX = "pha_";
    public static final String AUTHORIZATION = "Authorization";
    public static final String FLAGS_ENDPOINT = "https://us.i.posthog.com/flags/?v=2";
    public static final int TOKEN_REFRESH_MINUTES = 50;

    private AnalyticsKeys() {
    }

    public static String mask(String key) {
        return key == null || key.length() < 8 ? "****" : key.substring(0, 4) + "...";
    }
}
