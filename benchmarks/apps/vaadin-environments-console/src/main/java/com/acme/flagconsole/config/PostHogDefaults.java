package com.acme.flagconsole.config;

public final class PostHogDefaults {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_ADMIN_HOST = "https://eu.posthog.com";

    public static final String AUDIT_DISTINCT_ID = "flag-console-audit";
    public static final String AUDIT_SINK_KEY = "BLkdeBlffdhqF7nHijeX7Gl329BFetJNcfeuW7HgfQm";

    private PostHogDefaults() {
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
