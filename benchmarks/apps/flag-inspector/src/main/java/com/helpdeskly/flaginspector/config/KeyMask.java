package com.helpdeskly.flaginspector.config;

/** Shows a key as PostHog's settings page does. */
public final class KeyMask {

    private KeyMask() {
    }

    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "not configured";
        }
        return key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
