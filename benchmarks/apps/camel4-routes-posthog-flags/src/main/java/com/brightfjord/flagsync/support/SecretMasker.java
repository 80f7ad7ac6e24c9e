package com.brightfjord.flagsync.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for talking about credentials in logs without printing them.
 */
public final class SecretMasker {

    private SecretMasker() {
    }

    /** Same shape PostHog uses in its UI: first 4 + "..." + last 4. */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<unset>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    /** Stable, non-reversible identifier for correlating which key was in use. */
    public static String sha256Hex(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
