package com.northwind.portal.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers for showing PostHog keys in logs and admin pages without giving them away. */
public final class Keys {

    /** What kind of PostHog key a value is, judged by its prefix. */
    public enum Kind {
        PROJECT("phc_"),
        PERSONAL("phx_"),
        PROJECT_SECRET("phs_"),
        OAUTH_ACCESS("pha_"),
        OAUTH_REFRESH("phr_"),
        UNKNOWN("");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public static Kind detect(String key) {
            if (key == null) {
                return UNKNOWN;
            }
            for (Kind kind : values()) {
                if (!kind.prefix.isEmpty() && key.startsWith(kind.prefix)) {
                    return kind;
                }
            }
            return UNKNOWN;
        }
    }

    private Keys() {
    }

    /** The way PostHog shows keys: first 4 and last 4 characters. */
    public static String mask(String key) {
        if (key == null) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short SHA-256 fingerprint, to tell keys apart in logs after a rotation. */
    public static String hashForLog(String key) {
        if (key == null) {
            return "<unset>";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
