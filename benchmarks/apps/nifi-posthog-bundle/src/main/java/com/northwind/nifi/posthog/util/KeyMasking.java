package com.northwind.nifi.posthog.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Helpers to talk about keys without showing them. */
public final class KeyMasking {

    private static final String REDACTED = "<redacted>";

    private KeyMasking() {
    }

    /** PostHog's own format: first 4 and last 4 characters. */
    public static String mask(final String key) {
        if (key == null) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String sha256Hex(final String key) {
        if (key == null) {
            return "";
        }
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copy of FlowFile attributes with every credential-looking value replaced. */
    public static Map<String, String> redactAttributes(final Map<String, String> attributes) {
        final Map<String, String> copy = new TreeMap<>();
        attributes.forEach((name, value) -> {
            final String lower = name.toLowerCase(Locale.ROOT);
            final boolean sensitive = lower.contains("authorization") || lower.contains("cookie")
                    || lower.contains("key") || lower.contains("token") || lower.contains("password");
            copy.put(name, sensitive ? REDACTED : value);
        });
        return copy;
    }
}
