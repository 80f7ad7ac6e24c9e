package com.acme.clickstream;

/**
 * Shows keys as PostHog does: first four and last four characters.
 */
final class Masking {

    private Masking() {
    }

    static String mask(String secret) {
        if (secret == null || secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }
}
