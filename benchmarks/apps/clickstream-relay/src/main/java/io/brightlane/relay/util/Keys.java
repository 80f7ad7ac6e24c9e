package io.brightlane.relay.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Keys {

    private Keys() {
    }

    /** {@code phx_...abcd}: the form PostHog itself shows. */
    public static String mask(String key) {
        if (key == null) {
            return "(unset)";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable fingerprint to tell keys apart in logs without showing them. */
    public static String sha256Hex(String key) {
        if (key == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
