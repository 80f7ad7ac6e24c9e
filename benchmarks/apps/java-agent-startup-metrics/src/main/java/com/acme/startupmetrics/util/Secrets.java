package com.acme.startupmetrics.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Helpers for showing secrets in logs and status pages without revealing them. */
public final class Secrets {

    private Secrets() {
    }

    /** Same format as the PostHog UI: first 4 characters, "...", last 4. */
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
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
