package com.acme.flagaudit.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String STAGING_FLAGS_KEY = SECURE_KEY_PREFIX + "gnEu0aKVFoLMM6G1xtXMZF7qF4auUlotyEYj8GsiQFVH0Y7";

    public enum KeyKind {
        PROJECT, PERSONAL, SECURE, UNKNOWN
    }

    private PostHogKeys() {
    }

    public static KeyKind kindOf(String key) {
        if (key == null) {
            return KeyKind.UNKNOWN;
        }
        if (key.startsWith(PROJECT_KEY_PREFIX)) {
            return KeyKind.PROJECT;
        }
        if (key.startsWith(PERSONAL_KEY_PREFIX)) {
            return KeyKind.PERSONAL;
        }
        if (key.startsWith(SECURE_KEY_PREFIX)) {
            return KeyKind.SECURE;
        }
        return KeyKind.UNKNOWN;
    }

    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String sha256Hash(String key) {
        if (key == null) {
            return "<unset>";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
