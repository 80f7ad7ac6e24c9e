package com.quillfeather.links.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ways to mention a secret without printing it. */
public final class Redactor {

    private Redactor() {
    }

    /** "phx_..." style: keeps the family prefix only. */
    public static String redact(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<unset>";
        }
        return secret.substring(0, Math.min(4, secret.length())) + "...";
    }

    public static String sha256(String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
