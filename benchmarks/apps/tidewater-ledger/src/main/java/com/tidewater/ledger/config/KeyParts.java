package com.tidewater.ledger.config;

/**
 * Prefixes of the PostHog credential families. Shared by the settings loader and by the
 * ops tooling that validates keys before they are written to the vault.
 */
final class KeyParts {

    static final String PERSONAL_PREFIX = "phx_";
    static final String SECURE_PREFIX = "phs_";
    static final String PROJECT_PREFIX = "phc_";

    private KeyParts() {
    }

    static boolean looksLikePersonalKey(String value) {
        return value != null && value.startsWith(PERSONAL_PREFIX);
    }
}
