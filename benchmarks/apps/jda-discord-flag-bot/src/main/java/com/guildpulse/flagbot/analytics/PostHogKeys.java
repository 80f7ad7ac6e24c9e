package com.guildpulse.flagbot.analytics;

public final class PostHogKeys {

    public static final String PROJECT_KEY = "phc_L8a4OpiIyC06HpVjGHsSi2Lv56VoKuwKV9ERsSRPQ9kn";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    public static final String STAGING_HOST = "https://eu.i.posthog.com";

    static final String SECURE_PREFIX = "phs_";
    static final String STAGING_SECURE_BODY = "zSSAnDeYbXc0g3TncQWmavJfFQoCp9d9nbJjtQFUqRMp7fZ";

    public static final int FLAG_POLL_INTERVAL_SECONDS = 60;

    private PostHogKeys() {
    }

    public static String stagingSecureKey() {
        return SECURE_PREFIX + STAGING_SECURE_BODY;
    }

    public static ApiKeyKind kindOf(String key) {
        if (key == null || key.length() < 4) {
            return ApiKeyKind.UNKNOWN;
        }
        return switch (key.substring(0, 4)) {
            case "phc_" -> ApiKeyKind.PROJECT;
            case "phx_" -> ApiKeyKind.PERSONAL;
            case "phs_" -> ApiKeyKind.SECURE;
            default -> ApiKeyKind.UNKNOWN;
        };
    }
}
