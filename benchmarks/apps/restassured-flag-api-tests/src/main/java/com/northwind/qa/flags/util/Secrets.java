package com.northwind.qa.flags.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to keep credentials out of logs and reports.
 */
public final class Secrets {

    private Secrets() {
    }

    /** Masks a key the way PostHog does: first 4 characters, "...", last 4. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** Short SHA-256 fingerprint, handy to tell two keys apart in a report. */
    public static String sha256Hex(String value) {
        if (value == null) {
            return "<unset>";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String maskAuthorization(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        int space = headerValue.indexOf(' ');
        if (space < 0) {
            return mask(headerValue);
        }
        return headerValue.substring(0, space + 1) + mask(headerValue.substring(space + 1));
    }
}
