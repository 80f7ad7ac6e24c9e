package io.flagsync.gcf;

import java.util.regex.Pattern;

/** Classifies the PostHog keys operators paste into the admin settings form. */
final class KeyShapes {

    static final String PERSONAL_KEY_EXAMPLE = "phx_your_key_here";
    private static final Pattern PERSONAL_KEY = Pattern.compile("phx_[A-Za-z0-9]{41,49}");

    enum KeyKind {
        PROJECT, PERSONAL, SECURE, UNKNOWN
    }

    private KeyShapes() {
    }

    static KeyKind classify(String value) {
        if (value == null || value.isBlank()) {
            return KeyKind.UNKNOWN;
        }
        if (value.startsWith("phc_")) {
            return KeyKind.PROJECT;
        }
        if (value.startsWith("phx_")) {
            return PERSONAL_KEY.matcher(value).matches() ? KeyKind.PERSONAL : KeyKind.UNKNOWN;
        }
        return value.startsWith("phs_") ? KeyKind.SECURE : KeyKind.UNKNOWN;
    }
}
