package com.acme.flagsync.util;

/**
 * Masks credentials the same way the PostHog settings page does: first 4 + "..." + last 4.
 */
public final class Masking {

    private Masking() {
    }

    public static String mask(String value) {
        if (value == null) {
            return "<null>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }
}
