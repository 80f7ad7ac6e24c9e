package com.quillfern.flagdesk.service;

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
 * Helpers to keep credentials out of logs and screens.
 */
public final class SecretMasker {

    private SecretMasker() {
    }

    /** Same shape PostHog uses in its UI: first 4 + "..." + last 4. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** Short, stable fingerprint so two pods can be compared without revealing the key. */
    public static String sha256Fingerprint(String value) {
        if (value == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static Map<String, List<String>> redactHeaders(HttpHeaders headers, Set<String> sensitive) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            boolean hide = sensitive.stream().anyMatch(s -> s.equalsIgnoreCase(name));
            out.put(name, hide ? List.of("[REDACTED]") : values);
        });
        return out;
    }
}
