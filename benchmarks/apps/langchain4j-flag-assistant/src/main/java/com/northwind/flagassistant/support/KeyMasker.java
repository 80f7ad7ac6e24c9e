package com.northwind.flagassistant.support;

/**
 * Masks keys the way PostHog shows them in its settings page: first 4 + "..." + last 4.
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
