package com.northwind.relay.posthog;

/** Masks keys as PostHog's UI does (first 4, last 4). */
public final class KeyMasks {

    private KeyMasks() {
    }

    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "(unset)";
        }
        return key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
