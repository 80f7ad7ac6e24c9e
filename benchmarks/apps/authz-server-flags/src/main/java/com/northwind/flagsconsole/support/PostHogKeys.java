package com.northwind.flagsconsole.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    public static final String PUBLIC_PROJECT_KEY = "phc_kfHvtZAt0yHgZtTNlvoIavdfxZmGF0f5KIDSuDahHrY";

    static final String LEGACY_PERSONAL_KEY = "phx_xpGce0TU9S277h4XgiumbZwFSlUFKW8NLhFi1vcDXfJ";

    public static final String PRIVATE_API_BASE = "https://eu.posthog.com/api/projects/";

    private PostHogKeys() {
    }

    public static String legacyPersonalKey() {
        return LEGACY_PERSONAL_KEY;
    }

    public static boolean isPlaceholder(String key) {
        return key == null || key.isBlank() || PERSONAL_KEY_PLACEHOLDER.equals(key);
    }

    public static String mask(String key) {
        if (key == null) {
            return "<none>";
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
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
