package com.lumenstack.connect.posthog.config;

import java.util.regex.Pattern;

/**
 * Shape checks for the different kinds of PostHog credentials.
 */
public final class KeyFormats {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECRET_KEY_PREFIX = "phs_";

    private static final Pattern BODY = Pattern.compile("[0-9A-Za-z]{39,50}");

    private KeyFormats() {
    }

    public static boolean isProjectKey(String value) {
        return hasShape(value, PROJECT_KEY_PREFIX);
    }

    public static boolean isPersonalKey(String value) {
        return hasShape(value, PERSONAL_KEY_PREFIX);
    }

    public static boolean isSecretKey(String value) {
        return hasShape(value, SECRET_KEY_PREFIX);
    }

    private static boolean hasShape(String value, String prefix) {
        return value != null
                && value.startsWith(prefix)
                && BODY.matcher(value.substring(prefix.length())).matches();
    }
}
