package com.cobaltmill.portal.util;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Helpers to talk about secrets without printing them. */
public final class Secrets {

    private static final byte[] FINGERPRINT_SALT = "cobaltmill-portal-log-fingerprint".getBytes(StandardCharsets.UTF_8);

    private Secrets() {
    }

    /** {@code phx_...wXyz}, as PostHog shows keys. */
    public static String mask(String secret) {
        if (secret == null) {
            return "(none)";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    /** Short keyed hash, stable across restarts, so two log lines can be matched to one session. */
    public static String hash(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(FINGERPRINT_SALT, "HmacSHA256"));
            byte[] digest = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
