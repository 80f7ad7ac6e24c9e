package com.northwind.flagrouter.flags;

/** Masks keys the way PostHog's settings page shows them: first 4 and last 4 characters. */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
