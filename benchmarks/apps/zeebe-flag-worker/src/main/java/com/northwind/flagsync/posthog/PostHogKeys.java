package com.northwind.flagsync.posthog;

public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    static final String SANDBOX_HOST = "https://eu.i.posthog.com";
    static final String SANDBOX_SECURE_KEY_BODY = "6yodiX7iqprcvRbcy7BGovfUQDBOh4J4L2MkJECPvLHQUJd";

    public enum KeyKind {
        PROJECT,
        PERSONAL,
        SECURE,
        OAUTH,
        UNKNOWN
    }

    private PostHogKeys() {
    }

    public static KeyKind kindOf(String key) {
        if (key == null || key.length() < 4) {
            return KeyKind.UNKNOWN;
        }
        if (key.startsWith(PROJECT_KEY_PREFIX)) {
            return KeyKind.PROJECT;
        }
        if (key.startsWith(PERSONAL_KEY_PREFIX)) {
            return KeyKind.PERSONAL;
        }
        if (key.startsWith(SECURE_KEY_PREFIX)) {
            return KeyKind.SECURE;
        }
        if (key.startsWith("pha_") || key.startsWith("phr_")) {
            return KeyKind.OAUTH;
        }
        return KeyKind.UNKNOWN;
    }
}
