package dev.lumenflag.flagctl.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class Secrets {

    public enum KeyKind {
        PROJECT, PERSONAL, PROJECT_SECRET, OAUTH_ACCESS, OAUTH_REFRESH, UNKNOWN;

        public static KeyKind of(String value) {
            if (value == null || value.length() < 4) {
                return UNKNOWN;
            }
            return switch (value.substring(0, 4)) {
                case "phc_" -> PROJECT;
                case "phx_" -> PERSONAL;
                case "phs_" -> PROJECT_SECRET;
                case "pha_" -> OAUTH_ACCESS;
                case "phr_" -> OAUTH_REFRESH;
                default -> UNKNOWN;
            };
        }
    }

    private static final Set<String> SENSITIVE_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private Secrets() {
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

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public static Map<String, String> redactHeaders(Map<String, List<String>> headers) {
        Map<String, String> redacted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> redacted.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : String.join(",", values)));
        return redacted;
    }
}
