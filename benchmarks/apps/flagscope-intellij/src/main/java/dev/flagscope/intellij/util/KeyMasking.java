package dev.flagscope.intellij.util;

import org.jetbrains.annotations.Nullable;

/**
 * Formats keys the way the PostHog UI displays them: first four and last four characters.
 */
public final class KeyMasking {

    private static final int VISIBLE = 4;

    private KeyMasking() {
    }

    public static String mask(@Nullable String key) {
        if (key == null || key.isEmpty()) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, VISIBLE) + "..." + key.substring(key.length() - VISIBLE);
    }

    public static boolean looksLikePersonalKey(@Nullable String key) {
        return key != null && key.startsWith("phx_");
    }

    public static boolean looksLikeProjectKey(@Nullable String key) {
        return key != null && key.startsWith("phc_");
    }
}
