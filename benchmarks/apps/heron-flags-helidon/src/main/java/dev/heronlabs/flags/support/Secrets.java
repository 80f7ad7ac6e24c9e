package dev.heronlabs.flags.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Secrets {

    private Secrets() {
    }

    /** First 4 and last 4 characters, as PostHog displays keys. */
    public static String mask(String value) {
        if (value == null || value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
