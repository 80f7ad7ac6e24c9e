package com.larkspur.flagdesk.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for showing or logging keys without revealing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same shape PostHog uses in its UI: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, stable across runs, so two admins can compare keys in chat. */
    public static String sha256Digest(String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
