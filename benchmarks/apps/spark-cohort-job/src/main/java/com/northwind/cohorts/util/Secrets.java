package com.northwind.cohorts.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers to talk about a secret in logs without printing it. */
public final class Secrets {

    private Secrets() {
    }

    /** PostHog's own display form: first 4 and last 4 characters. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable fingerprint so two runs can be compared without showing the key. */
    public static String sha256Fingerprint(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
