package com.northwind.flaggate.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * Helpers for showing secrets in logs without showing them.
 */
public final class Secrets {

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "x-posthog-key");

    private Secrets() {
    }

    /** PostHog style: first 4 and last 4 characters. */
    public static String mask(String value) {
        if (value == null) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    /** Request headers for debug logs, credentials blanked out. */
    public static String redactHeaders(HttpFields fields) {
        return fields.stream()
                .map(Secrets::renderRedacted)
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String renderRedacted(HttpField field) {
        String value = SENSITIVE_HEADERS.contains(field.getLowerCaseName()) ? "<redacted>" : field.getValue();
        return field.getName() + "=" + value;
    }
}
