package com.northwind.flagstream.support;

/** Formats PostHog keys the way PostHog's own settings page shows them. */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public enum KeyKind {
        PERSONAL, SECURE, OAUTH, UNKNOWN;

        public static KeyKind of(String key) {
            if (key == null) {
                return UNKNOWN;
            }
            if (key.startsWith("phx_")) {
                return PERSONAL;
            }
            if (key.startsWith("phs_")) {
                return SECURE;
            }
            return key.startsWith("pha_") || key.startsWith("phr_") ? OAUTH : UNKNOWN;
        }
    }
}
