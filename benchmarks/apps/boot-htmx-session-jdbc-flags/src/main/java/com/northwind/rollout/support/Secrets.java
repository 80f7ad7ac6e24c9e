package com.northwind.rollout.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Secrets {

    private Secrets() {
    }

    /** First four characters only, the rest starred out. */
    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return "********";
        }
        return value.substring(0, 4) + "****";
    }

    /** Stable fingerprint so two environments can be compared without printing the key. */
    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    /** The same hint PostHog shows in its own UI, e.g. {@code phx_...abcd}. */
    public static String displayHint(String value) {
        if (value == null || value.length() < 12) {
            return "not set";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }
}
