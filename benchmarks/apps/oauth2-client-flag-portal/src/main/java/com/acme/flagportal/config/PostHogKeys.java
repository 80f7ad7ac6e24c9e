package com.acme.flagportal.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";

    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String REGISTRATION_ID = "posthog";

    public static final String SECURE_KEY_PREFIX = "phs_";

    static final String LOCAL_EVAL_KEY_HEAD = "goLpK1faddOCoV8MVGrYsyGg";

    static final String LOCAL_EVAL_KEY_TAIL = "EdtiYd4qQaHKZgej2cyil8c";

    public static final String AUDIT_EVENT_CONNECTED = "posthog account connected";

    private PostHogKeys() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String hashForLog(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
