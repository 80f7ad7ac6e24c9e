package com.northbeam.flagsync.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.secure-flags-key";
    public static final String AUTH_HEADER = "Authorization";
    public static final String BEARER = "Bearer ";

    public static final String STAGING_PERSONAL_KEY = "phx_CfnmsZm8nvNGnWiXeDs5QexQoPhKRphK7fkvnTnDHL4LNLT9";

    private PostHogKeys() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String fingerprint(String key) {
        if (key == null || key.isEmpty()) {
            return "none";
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
