package com.quarry.graph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class KeyMasking {

    private KeyMasking() {
    }

    /** PostHog-style mask: first four characters, an ellipsis. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "********";
        }
        return key.substring(0, 4) + "...";
    }

    public static String hashForCorrelation(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
