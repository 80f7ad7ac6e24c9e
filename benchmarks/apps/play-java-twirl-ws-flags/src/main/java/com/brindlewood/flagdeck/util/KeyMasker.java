package com.brindlewood.flagdeck.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for showing credentials in logs and in the UI without revealing them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same format as PostHog's settings page: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short, stable fingerprint for correlating values across log lines. */
    public static String sha256(String value) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
