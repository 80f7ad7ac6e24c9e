package io.lumenstack.flags.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String SECURE_PREFIX = "phs_";
    public static final String PROJECT_PREFIX = "phc_";

    public static final String TOOLBAR_KEY_BODY = "KlqF1LYBUHBlDvIZQ5VICfbDPoMo5aC5q9zSWgcTTnhfCYS";

    public static final String BROWSER_PROJECT_KEY = "phc_8dKAbPf3tJYLi22Am4cB8yOORoh65avG0h245MQJhW0d";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogKeys() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String fingerprint(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static boolean isPersonalKey(String key) {
        return key != null && (key.startsWith(PERSONAL_PREFIX) || key.startsWith(SECURE_PREFIX));
    }
}
