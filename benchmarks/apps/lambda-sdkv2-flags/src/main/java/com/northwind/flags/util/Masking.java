package com.northwind.flags.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers for printing credentials in logs without printing the credentials.
 */
public final class Masking {

    private Masking() {
    }

    /** Same format as the PostHog UI: first 4 + "..." + last 4. */
    public static String mask(String secret) {
        if (secret == null) {
            return "<null>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    /** Short SHA-256 fingerprint, handy to check which key version a container picked up. */
    public static String sha256Fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
