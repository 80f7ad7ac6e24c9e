package com.northwind.flags.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to talk about keys in logs without printing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** PostHog style: first 4 and last 4 characters, e.g. {@code phx_...abcd}. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint to tell keys apart across deployments. */
    public static String sha256(String key) {
        if (key == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
