package com.northwind.flaggateway.util;

import io.micronaut.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class KeyMasker {

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String sha256Hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static Map<String, String> redactHeaders(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>();
        for (String name : headers.names()) {
            if (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name, "[REDACTED]");
            } else {
                out.put(name, String.join(",", headers.getAll(name)));
            }
        }
        return out;
    }

    public enum KeyKind {
        PROJECT, PERSONAL, SECURE, OAUTH, NONE, UNKNOWN;

        public static KeyKind of(String key) {
            if (key == null || key.isBlank()) {
                return NONE;
            }
            if (key.startsWith("phc_")) {
                return PROJECT;
            }
            if (key.startsWith("phx_")) {
                return PERSONAL;
            }
            if (key.startsWith("phs_")) {
                return SECURE;
            }
            if (key.startsWith("pha_") || key.startsWith("phr_")) {
                return OAUTH;
            }
            return UNKNOWN;
        }
    }
}
