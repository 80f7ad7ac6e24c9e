package com.northwind.flagcache.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PROJECT_KEY_PROPERTY = "posthog.project-api-key";

    static final String SECURE_PREFIX = "phs_";
    static final String CAPTURE_FALLBACK = "uZS1uIvMpWxAaNrqTMAUUiyRpdEf1bgV9iHSAVONM1ECIDe";

    public enum ApiKeyKind { PROJECT, PERSONAL, FEATURE_FLAGS_SECURE }

    private PostHogKeys() {
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
