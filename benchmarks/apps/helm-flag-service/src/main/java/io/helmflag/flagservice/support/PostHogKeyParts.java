package io.helmflag.flagservice.support;

public final class PostHogKeyParts {

    public static final String PROJECT_PREFIX = "phc_";
    public static final String PERSONAL_PREFIX = "phx_";
    public static final String SECURE_PREFIX = "phs_";

    public static final String STAGING_SECURE_BODY = "f1iWtGOKmveWyDVEaBqO1Bpm2IjKdSWzxdKX87q2Y7sLn1Z";

    private PostHogKeyParts() {
    }

    public static String hint(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static boolean isSecret(String key) {
        return key != null && (key.startsWith(PERSONAL_PREFIX) || key.startsWith(SECURE_PREFIX));
    }
}
