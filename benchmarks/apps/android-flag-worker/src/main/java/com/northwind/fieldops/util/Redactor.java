package com.northwind.fieldops.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Helpers for writing credentials to logcat without writing the credentials. */
public final class Redactor {

    private Redactor() {
    }

    /** Same shape as PostHog's own key display: first 4 + "..." + last 4. */
    public static String mask(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** Short SHA-256 fingerprint, enough to tell two tokens apart in a bug report. */
    public static String sha256Hash(String value) {
        if (value == null) {
            return "null";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
