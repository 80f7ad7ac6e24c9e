package com.northwind.flagops.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Renders keys the way PostHog shows them, or as a fingerprint. */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** {@code phx_...abcd}: the first four and the last four characters. */
    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Hex SHA-256 of the key, to compare deployments without showing the key. */
    public static String sha256(String key) {
        if (key == null) {
            return "";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
