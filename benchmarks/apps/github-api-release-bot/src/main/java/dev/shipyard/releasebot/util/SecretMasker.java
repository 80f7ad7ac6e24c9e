package dev.shipyard.releasebot.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers for talking about credentials in logs without printing them. */
public final class SecretMasker {

    private SecretMasker() {
    }

    /** Same shape PostHog uses in its UI: first 4 characters, "...", last 4 characters. */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<unset>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    /** Short SHA-256 fingerprint, handy to tell which key a runner picked up. */
    public static String sha256Fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
