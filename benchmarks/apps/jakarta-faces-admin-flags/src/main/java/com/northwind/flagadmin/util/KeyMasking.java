package com.northwind.flagadmin.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class KeyMasking {

    private KeyMasking() {
    }

    /** Keeps the prefix so operators can tell phx_ from phs_ keys apart. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    /** Last four characters, as shown by PostHog in the personal API keys list. */
    public static String lastFour(String key) {
        if (key == null || key.length() < 8) {
            return "";
        }
        return key.substring(key.length() - 4);
    }

    public static String sha256Hex(String value) {
        if (value == null) {
            return "none";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
