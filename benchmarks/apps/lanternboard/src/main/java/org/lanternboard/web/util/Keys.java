package org.lanternboard.web.util;

public final class Keys {

    private Keys() {
    }

    /** Short form for support tickets: prefix + last four, as PostHog shows it. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String describe(String key) {
        if (key == null) {
            return "<unset>";
        }
        String kind = key.startsWith("phx_") ? "personal" : key.startsWith("phs_") ? "secret" : "other";
        return kind + ":" + key;
    }
}
