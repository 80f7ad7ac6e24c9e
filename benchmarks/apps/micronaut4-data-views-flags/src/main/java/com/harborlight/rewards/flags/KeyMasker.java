package com.harborlight.rewards.flags;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for talking about credentials in logs and admin screens without printing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same shape PostHog uses in its UI: first four characters, "...", last four. */
    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, lets ops check which key is deployed. */
    public static String hashForLog(String key) {
        if (key == null) {
            return "<unset>";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
