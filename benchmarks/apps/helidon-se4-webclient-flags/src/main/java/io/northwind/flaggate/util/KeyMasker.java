package io.northwind.flaggate.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to show credentials in diagnostics without revealing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same shape as the PostHog UI: first four characters, then stars. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }

    public static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
