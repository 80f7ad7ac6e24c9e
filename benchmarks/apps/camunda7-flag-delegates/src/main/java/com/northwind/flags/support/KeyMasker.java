package com.northwind.flags.support;

/**
 * Masks keys the same way the PostHog UI does: first 4 + "..." + last 4.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
