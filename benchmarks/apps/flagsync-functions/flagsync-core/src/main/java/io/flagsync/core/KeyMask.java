package io.flagsync.core;

/** Shows keys the way PostHog's settings page does: first four and last four characters. */
public final class KeyMask {

    private KeyMask() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
