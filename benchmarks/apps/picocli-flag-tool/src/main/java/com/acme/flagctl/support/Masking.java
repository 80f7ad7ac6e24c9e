package com.acme.flagctl.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Helpers to show keys and headers without revealing them. */
public final class Masking {

    private static final Set<String> SENSITIVE_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        SENSITIVE_HEADERS.addAll(List.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));
    }

    /** Kinds of PostHog credentials, recognised by prefix. */
    public enum KeyKind {
        PROJECT, PERSONAL, PROJECT_SECRET, OAUTH_ACCESS, OAUTH_REFRESH, UNKNOWN;

        public static KeyKind of(String key) {
            if (key == null || key.length() < 4) {
                return UNKNOWN;
            }
            return switch (key.substring(0, 4)) {
                case "phc_" -> PROJECT;
                case "phx_" -> PERSONAL;
                case "phs_" -> PROJECT_SECRET;
                case "pha_" -> OAUTH_ACCESS;
                case "phr_" -> OAUTH_REFRESH;
                default -> UNKNOWN;
            };
        }
    }

    private Masking() {
    }

    /** Same format as the PostHog UI: first four and last four characters. */
    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "(not set)";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable fingerprint so two machines can compare keys without printing them. */
    public static String sha256(String value) {
        if (value == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, List<String>> redactHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, SENSITIVE_HEADERS.contains(name) ? List.of("[REDACTED]") : values));
        return copy;
    }
}
