package io.relaybay.flaghub.config;

/** First four and last four characters, as PostHog shows keys. */
public final class KeyMasks {

    private KeyMasks() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "none";
        }
        return key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
