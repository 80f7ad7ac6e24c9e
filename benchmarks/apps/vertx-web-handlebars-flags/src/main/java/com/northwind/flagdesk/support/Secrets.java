package com.northwind.flagdesk.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for talking about credentials without printing them.
 */
public final class Secrets {

    private Secrets() {
    }

    /** Same shape the PostHog UI uses: first four characters, then stars. */
    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "****";
    }

    /** Short, stable SHA-256 fingerprint, good for correlating log lines. */
    public static String fingerprint(String value) {
        if (value == null) {
            return "none";
        }
        return sha256Hex(value).substring(0, 16);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    /** Constant-time comparison for shared secrets sent by callers. */
    public static boolean constantTimeEquals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
