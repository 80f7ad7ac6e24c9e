package io.northwind.flagbridge.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Secrets {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String ACCESS_TOKEN_PREFIX = "pha_";
    public static final String REFRESH_TOKEN_PREFIX = "phr_";

    private Secrets() {
    }

    /** Same shape PostHog uses in its own UI: first four, an ellipsis, last four. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** Stable, non-reversible identifier for a token, safe to hand to browsers or logs. */
    public static String sha256Fingerprint(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static boolean looksLikeProjectKey(String value) {
        return value != null && value.startsWith(PROJECT_KEY_PREFIX);
    }
}
