package io.brightloop.flagdesk.posthog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public enum KeyKind { PROJECT, PERSONAL, SECURE, UNKNOWN, MISSING }

    private PostHogKeys() {
    }

    public static String normalizePersonalKey(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.startsWith(PERSONAL_KEY_PREFIX) ? trimmed : PERSONAL_KEY_PREFIX + trimmed;
    }

    public static KeyKind kindOf(String key) {
        if (key == null || key.isBlank()) {
            return KeyKind.MISSING;
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
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
