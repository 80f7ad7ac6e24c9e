package com.northwind.flagevents.util;

/**
 * Masks secrets the same way the PostHog UI does: first 4 + "..." + last 4.
 */
public final class SecretMasker {

    private SecretMasker() {
    }

    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<none>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }
}
