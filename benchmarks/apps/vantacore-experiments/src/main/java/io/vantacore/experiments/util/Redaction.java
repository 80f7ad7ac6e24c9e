package io.vantacore.experiments.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Redaction {

    private Redaction() {
    }

    /** First four and last four characters, the way PostHog lists keys. */
    public static String redact(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() < 16 ? "********" : value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    public static String sha256Hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
