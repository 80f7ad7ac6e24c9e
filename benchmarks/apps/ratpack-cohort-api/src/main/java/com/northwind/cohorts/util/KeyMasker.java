package com.northwind.cohorts.util;

/**
 * Masks keys the way the PostHog UI does: first 4 and last 4 characters,
 * e.g. {@code phx_...a9Zq}.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
