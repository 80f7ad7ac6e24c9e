package com.brightloop.flagapi.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class KeyMasker {

    public enum KeyKind {
        PROJECT,
        PERSONAL,
        FEATURE_FLAGS_SECURE,
        OAUTH,
        UNKNOWN
    }

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String sha256Fingerprint(String key) {
        if (key == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static KeyKind classify(String key) {
        if (key == null || key.length() < 4) {
            return KeyKind.UNKNOWN;
        }
        return switch (key.substring(0, 4)) {
            case "phc_" -> KeyKind.PROJECT;
            case "phx_" -> KeyKind.PERSONAL;
            case "phs_" -> KeyKind.FEATURE_FLAGS_SECURE;
            case "pha_", "phr_" -> KeyKind.OAUTH;
            default -> KeyKind.UNKNOWN;
        };
    }
}
