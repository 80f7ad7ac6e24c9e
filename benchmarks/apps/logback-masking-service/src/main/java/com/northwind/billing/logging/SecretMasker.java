package com.northwind.billing.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masking helpers shared by the Logback converter/layout and by application code. */
public final class SecretMasker {

    private static final Pattern POSTHOG_KEY = Pattern.compile("\\b(ph[xsar]_)[A-Za-z0-9]{39,50}\\b");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)[A-Za-z0-9._~+/=-]+");

    private SecretMasker() {
    }

    /** PostHog style: first 4 + "..." + last 4, or 8 asterisks for short values. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "<none>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** Masks every PostHog key and bearer token found in an already formatted line. */
    public static String maskAll(String line) {
        if (line == null) {
            return null;
        }
        Matcher keys = POSTHOG_KEY.matcher(line);
        String out = keys.replaceAll(m -> Matcher.quoteReplacement(mask(m.group())));
        return BEARER.matcher(out).replaceAll("$1********");
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
