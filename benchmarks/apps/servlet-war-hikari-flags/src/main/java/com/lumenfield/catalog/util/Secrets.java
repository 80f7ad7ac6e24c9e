package com.lumenfield.catalog.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Small helpers for handling credentials without printing them.
 */
public final class Secrets {

    private Secrets() {
    }

    /** First four characters followed by asterisks; safe for logs and admin pages. */
    public static String mask(String value) {
        if (value == null) {
            return "<unset>";
        }
        if (value.length() < 12) {
            return "****";
        }
        return value.substring(0, 4) + "****";
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static boolean sameHash(String presented, String expectedSha256Hex) {
        if (presented == null || expectedSha256Hex == null) {
            return false;
        }
        byte[] a = sha256Hex(presented).getBytes(StandardCharsets.US_ASCII);
        byte[] b = expectedSha256Hex.toLowerCase().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(a, b);
    }
}
