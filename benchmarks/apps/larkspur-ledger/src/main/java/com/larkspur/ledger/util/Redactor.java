package com.larkspur.ledger.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

public final class Redactor {

    private Redactor() {
    }

    public static String mask(String secret) {
        if (secret == null) {
            return "<unset>";
        }
        if (secret.length() < 12) {
            return "********";
        }
        return secret.substring(0, 4) + "...";
    }

    public static String digest(String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
