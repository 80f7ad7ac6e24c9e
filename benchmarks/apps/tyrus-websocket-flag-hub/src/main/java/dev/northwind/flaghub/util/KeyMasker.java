package dev.northwind.flaghub.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers to print credentials the way the PostHog UI does. */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** {@code phx_EkQW...apRo} style: first four, an ellipsis and the last four characters. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, handy to compare keys across hosts without printing them. */
    public static String sha256Fingerprint(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
