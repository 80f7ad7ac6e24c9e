package com.acme.flags.util;

import com.google.common.hash.Hashing;

import java.nio.charset.StandardCharsets;

/**
 * Helpers for talking about credentials in logs without printing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same display form as the PostHog UI: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short, stable fingerprint so two instances can be compared in logs. */
    public static String sha256Fingerprint(String key) {
        if (key == null) {
            return "none";
        }
        return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 12);
    }
}
