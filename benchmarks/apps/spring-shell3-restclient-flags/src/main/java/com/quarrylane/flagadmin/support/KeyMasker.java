package com.quarrylane.flagadmin.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * Helpers to show keys the way the PostHog settings page does.
 */
public final class KeyMasker {

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "set-cookie", "proxy-authorization");

    private KeyMasker() {
    }

    /** First 4 + "..." + last 4, or 8 asterisks for short values. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, lets us correlate keys across log lines without storing them. */
    public static String sha256Fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static Map<String, String> redactHeaders(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> out.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase()) ? "[REDACTED]" : String.join(",", values == null ? List.of() : values)));
        return out;
    }
}
