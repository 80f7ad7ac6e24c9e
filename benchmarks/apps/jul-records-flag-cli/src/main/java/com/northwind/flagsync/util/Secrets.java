package com.northwind.flagsync.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers for showing secrets without revealing them. */
public final class Secrets {

    /** Same format as the PostHog UI: first 4 + "..." + last 4. */
    public static String mask(String secret) {
        if (secret == null) {
            return "<none>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    public static String sha256Fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Secrets() {
    }
}
