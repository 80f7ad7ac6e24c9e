package com.northwind.flags.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for showing or storing credentials without revealing them.
 */
public final class KeyMasking {

    private KeyMasking() {
    }

    /** "phx_3A****" - enough to tell keys apart in logs. */
    public static String mask(String key) {
        if (key == null || key.length() < 12) {
            return "****";
        }
        return key.substring(0, 6) + "****";
    }

    /** SHA-256 of the key, hex encoded; used as a stable, non-reversible fingerprint. */
    public static String digestHex(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
