package com.ferrowave.flagsync.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for showing API keys in logs and UIs without revealing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same format PostHog uses in its UI: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, stable across restarts, to tell keys apart in logs. */
    public static String sha256Fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
