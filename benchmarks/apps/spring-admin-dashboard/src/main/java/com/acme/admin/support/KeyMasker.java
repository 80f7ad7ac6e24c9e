package com.acme.admin.support;

/** Formats keys the way the PostHog UI does, first four and last four characters: {@code phx_...pg71}. */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "(not set)";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
