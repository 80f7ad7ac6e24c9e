package com.brindlewood.flagdesk.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for putting credentials into log lines without leaking them.
 */
public final class Redactor {

    private Redactor() {
    }

    /** PostHog-style mask: first 4 + "..." + last 4. */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<unset>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    /** Short SHA-256 fingerprint, enough to tell two keys apart in logs. */
    public static String hashForLog(String secret) {
        if (secret == null) {
            return "<unset>";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
