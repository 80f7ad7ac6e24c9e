package com.brackenfield.portal.util;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * Helpers for showing credentials in logs and admin screens without leaking them.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** Same shape PostHog uses in its UI: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Short, stable fingerprint so two nodes can be compared without showing the key. */
    public static String sha256Fingerprint(String key) {
        if (key == null) {
            return "none";
        }
        return DigestUtils.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
