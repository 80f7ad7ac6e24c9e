package io.orbitcart.common.posthog;

/** Formats PostHog keys the way the PostHog UI shows them: {@code phx_...abcd}. */
public final class KeyMasking {

    private KeyMasking() {
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

    public static String kind(String key) {
        if (key == null) {
            return "none";
        }
        return key.startsWith("phc_") ? "project" : key.startsWith("phs_") ? "secure" : "personal";
    }
}
