package io.lumenfield.flagsvc.posthog;

public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogKeys() {
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT_KEY_PREFIX);
    }

    public static boolean isSecretKey(String key) {
        return key != null && (key.startsWith(PERSONAL_KEY_PREFIX) || key.startsWith(SECURE_KEY_PREFIX));
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
