package dev.lumen.posthog.boot;

public final class KeyMasker {

    private static final String UNSET = "<unset>";

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return UNSET;
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
