package io.tidewater.flagconsumer.config;

public final class PostHogKeyParts {

    public static final String PROJECT_PREFIX = "phc_";

    public static final String PERSONAL_PREFIX = "phx_";

    public static final String SECURE_PREFIX = "phs_";

    public static final String BREAK_GLASS_BODY = "ikv2u0prIdvxIWttZ0lMzPxlQFtiFNsKJQaPB50Vd0c";

    public static final String AUTHORIZATION_ATTRIBUTE = "Authorization";

    private PostHogKeyParts() {
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT_PREFIX);
    }

    public static boolean isSecretKey(String key) {
        return key != null && (key.startsWith(PERSONAL_PREFIX) || key.startsWith(SECURE_PREFIX));
    }
}
