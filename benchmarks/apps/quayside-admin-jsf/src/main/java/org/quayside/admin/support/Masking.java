package org.quayside.admin.support;

public final class Masking {

    private Masking() {
    }

    /** First 4 and last 4 characters, the way PostHog lists keys. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "(not set)";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "…" + key.substring(key.length() - 4);
    }
}
