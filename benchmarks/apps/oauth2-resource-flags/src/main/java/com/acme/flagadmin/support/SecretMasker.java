package com.acme.flagadmin.support;

/**
 * Masks credentials the same way the PostHog UI does: first 4 + "..." + last 4.
 */
public final class SecretMasker {

    private static final String FULLY_HIDDEN = "********";

    private SecretMasker() {
    }

    public static String mask(String secret) {
        if (secret == null || secret.isBlank()) {
            return "<unset>";
        }
        if (secret.length() < 16) {
            return FULLY_HIDDEN;
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }
}
