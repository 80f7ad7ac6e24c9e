package com.tidewell.flaggate.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Helpers for mentioning secrets in logs without revealing them.
 */
public final class Redactor {

    private Redactor() {
    }

    /** Same shape as the PostHog UI: first 4 + "..." + last 4. */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<unset>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    /** Short SHA-256 fingerprint, enough to correlate log lines. */
    public static String fingerprint(String secret) {
        if (secret == null) {
            return "<unset>";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
