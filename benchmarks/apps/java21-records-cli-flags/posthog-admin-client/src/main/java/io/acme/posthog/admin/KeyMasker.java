package io.acme.posthog.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers for showing credentials in terminals and logs without revealing them. */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Keeps the type prefix only: {@code phx_****}. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }

    /** Short SHA-256 fingerprint, stable across runs, safe to print. */
    public static String fingerprint(String key) {
        if (key == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
