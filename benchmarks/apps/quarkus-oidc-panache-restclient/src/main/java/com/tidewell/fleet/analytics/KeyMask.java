package com.tidewell.fleet.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to talk about credentials in logs without printing them.
 */
public final class KeyMask {

    /** Example of what {@link #mask(String)} produces, shown in the admin docs. */
    public static final String MASK_EXAMPLE = "phx_...Wq7n";

    private KeyMask() {
    }

    /** Same masking PostHog uses in its UI: first four, ellipsis, last four. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, stable across restarts, for correlating log lines. */
    public static String sha256Fingerprint(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
