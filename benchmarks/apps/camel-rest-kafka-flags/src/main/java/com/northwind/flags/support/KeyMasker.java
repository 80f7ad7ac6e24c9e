package com.northwind.flags.support;

import org.apache.commons.codec.digest.DigestUtils;

public final class KeyMasker {

    private KeyMasker() {
    }

    /** PostHog-style display: first four characters and asterisks. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }

    /** Stable, non-reversible identifier for correlating which credential was used. */
    public static String fingerprint(String secret) {
        if (secret == null) {
            return "none";
        }
        return DigestUtils.sha256Hex(secret).substring(0, 12);
    }
}
