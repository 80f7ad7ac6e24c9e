package com.northwind.flagdesk.posthog;

import org.apache.commons.codec.digest.DigestUtils;

/** Helpers to talk about keys without printing them. */
public final class KeyMasks {

    private KeyMasks() {
    }

    /** PostHog's own style: first 4, "...", last 4. */
    public static String mask(String key) {
        if (key == null || key.isBlank()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable fingerprint used in the audit table to tell rotations apart. */
    public static String fingerprintHash(String secret) {
        return DigestUtils.sha256Hex(secret).substring(0, 12);
    }
}
