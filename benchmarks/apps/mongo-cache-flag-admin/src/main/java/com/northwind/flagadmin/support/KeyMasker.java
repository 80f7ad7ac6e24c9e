package com.northwind.flagadmin.support;

/**
 * Helpers for showing PostHog credentials in logs and admin screens without revealing them.
 */
public final class KeyMasker {

    public enum KeyKind { PROJECT, PERSONAL, PROJECT_SECRET, OAUTH, UNKNOWN }

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }

    public static KeyKind classify(String key) {
        if (key == null) {
            return KeyKind.UNKNOWN;
        }
        if (key.startsWith(PostHogDefaults.PROJECT_KEY_PREFIX)) {
            return KeyKind.PROJECT;
        }
        if (key.startsWith(PostHogDefaults.PERSONAL_KEY_PREFIX)) {
            return KeyKind.PERSONAL;
        }
        if (key.startsWith(PostHogDefaults.SECURE_KEY_PREFIX)) {
            return KeyKind.PROJECT_SECRET;
        }
        if (key.startsWith("pha_") || key.startsWith("phr_")) {
            return KeyKind.OAUTH;
        }
        return KeyKind.UNKNOWN;
    }
}
