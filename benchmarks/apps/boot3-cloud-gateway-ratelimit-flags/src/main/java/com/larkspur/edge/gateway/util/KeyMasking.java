package com.larkspur.edge.gateway.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to make credentials safe for logs and admin screens.
 */
public final class KeyMasking {

    private KeyMasking() {
    }

    /** Masks like PostHog does: first 4 characters, "...", last 4. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static boolean isMasked(String value) {
        return value != null && value.matches("^[a-z]{3}_\\.\\.\\.[A-Za-z0-9]{4}$");
    }

    /** Keeps only the auth scheme of an Authorization header value. */
    public static String redactAuthorization(String headerValue) {
        if (headerValue == null) {
            return "none";
        }
        int space = headerValue.indexOf(' ');
        return (space > 0 ? headerValue.substring(0, space) : "unknown") + " [REDACTED]";
    }

    public static String sha256Hex(String value) {
        if (value == null) {
            return "null";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
