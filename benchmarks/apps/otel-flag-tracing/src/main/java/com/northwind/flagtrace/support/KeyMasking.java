package com.northwind.flagtrace.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.HttpHeaders;

public final class KeyMasking {

    private KeyMasking() {
    }

    /** Same shape PostHog uses in its UI: {@code phx_...abcd}. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable fingerprint for correlating which key a pod runs with. */
    public static String hashKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static HttpHeaders redactHeaders(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        headers.forEach((name, values) -> copy.put(name,
                HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? java.util.List.of("<redacted>") : values));
        return copy;
    }
}
