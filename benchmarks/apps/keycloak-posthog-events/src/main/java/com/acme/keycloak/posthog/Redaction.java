package com.acme.keycloak.posthog;

/**
 * Masks keys and tokens before they are shown anywhere.
 */
final class Redaction {

    private Redaction() {
    }

    static String mask(String value) {
        if (value == null || value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }
}
