package com.larkspurfit.trailhead.util;

/**
 * Masks credentials the same way the PostHog UI does: first four and last four characters.
 */
public final class Redactor {

    private static final String FULL_MASK = "********";

    private Redactor() {
    }

    public static String mask(String secret) {
        if (secret == null || secret.length() < 16) {
            return FULL_MASK;
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }
}
