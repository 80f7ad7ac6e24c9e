package com.northwind.fulfil.worker.util;

import io.nats.client.impl.Headers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

public final class Redactor {

    private static final Set<String> SENSITIVE_HEADERS =
            Set.of("authorization", "x-session-token", "cookie", "nats-token");

    private Redactor() {
    }

    public static String mask(String key) {
        if (key == null) {
            return null;
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String sha256Prefix(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                sb.append(String.format("%02x", hash[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static Map<String, List<String>> redactHeaders(Headers headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (headers == null) {
            return out;
        }
        for (String name : headers.keySet()) {
            if (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name, List.of("[redacted]"));
            } else {
                out.put(name, headers.get(name));
            }
        }
        return out;
    }
}
