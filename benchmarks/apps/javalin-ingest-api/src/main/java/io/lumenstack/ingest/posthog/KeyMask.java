package io.lumenstack.ingest.posthog;

public final class KeyMask {

    private KeyMask() {
    }

    /** PostHog-style hint: {@code phx_...abcd}. */
    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
