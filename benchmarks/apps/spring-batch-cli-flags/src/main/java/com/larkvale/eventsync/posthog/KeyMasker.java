package com.larkvale.eventsync.posthog;

import org.apache.commons.codec.digest.DigestUtils;

/** Helpers for putting key identities (never the keys) into logs. */
public final class KeyMasker {

    private KeyMasker() {
    }

    /** PostHog's own display format: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable short fingerprint so two log lines can be compared without revealing the key. */
    public static String fingerprint(String key) {
        return key == null ? "<none>" : DigestUtils.sha256Hex(key).substring(0, 12);
    }
}
