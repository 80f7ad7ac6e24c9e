package io.acme.phconnect.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Shows keys and tokens the way PostHog does: first 4 and last 4 characters.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** Stable, non-reversible fingerprint to correlate log lines about the same token. */
    public static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
