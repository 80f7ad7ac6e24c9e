package com.acme.flagctl.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to talk about a key without printing it.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** {@code phx_AbC****}: prefix plus three characters, enough to tell keys apart. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() <= 12) {
            return "****";
        }
        return key.substring(0, 7) + "****";
    }

    /** Short SHA-256 fingerprint, stable across runs, used in the sync audit table. */
    public static String digestHex(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
