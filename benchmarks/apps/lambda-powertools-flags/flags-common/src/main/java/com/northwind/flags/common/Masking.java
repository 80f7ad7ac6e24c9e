package com.northwind.flags.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Helpers to talk about secrets in logs without printing them.
 */
public final class Masking {

    private static final Set<String> SENSITIVE_HEADERS =
            Set.of("authorization", "cookie", "x-admin-token", "x-api-key", "x-posthog-signature");

    private Masking() {
    }

    /** PostHog's own display form: first 4 and last 4 characters. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static Map<String, String> redactHeaders(Map<String, String> headers) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers == null) {
            return copy;
        }
        headers.forEach((name, value) ->
                copy.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : value));
        return copy;
    }
}
