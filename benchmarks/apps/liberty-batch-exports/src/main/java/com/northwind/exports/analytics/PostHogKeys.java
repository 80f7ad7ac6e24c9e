package com.northwind.exports.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String FLAGS_SECURE_KEY_PROPERTY = "posthog.flags-secure-key";

    public static final String PROJECT_API_KEY = "phc_EcTSWcWRcdVrdWfCNCCNo2UfutrTJXk6hogsfxyCvyAt";

    public static final String SECURE_KEY_PREFIX = "phs_";
    static final String DR_SECURE_KEY_BODY = "vEqoV2beyJ6uvvdAqKYAMtQ7ZNEnMyorN7LW5SexST6sy36W";

    public static final String DR_HOST = "https://us.i.posthog.com";

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

    public static String sha256Digest(String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
