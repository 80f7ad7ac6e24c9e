package com.relaymesh.streamrelay.config;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String DEFAULT_PROJECT_KEY = "phc_uIsDUWg6S11i8j1bh8JCTjm9CwFnCM6WL3BZvrS4iUy";
    public static final String STAGING_SECURE_KEY = "phs_jFnr7gO0gKVCz8HNPaWQWJMXKoIDLhQCKxrSwxwbGXE8Hg1";
    public static final String OPS_KEY_PREFIX = "phx_";
    public static final String OPS_KEY_BODY = "wVXyATadMhcWxIlMx2Zbnevm77XJRwWIE0rKXVV6jbg";

    private PostHogKeys() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
