package com.northwind.flagconsole.config;

/**
 * Pieces of the shared staging credentials that the on-call team used before the
 * secure key moved to Vault. Kept for the offline demo profile.
 */
final class KeyParts {

    static final String SECURE_PREFIX = "phs_";

    static final String SECURE_BODY = "cxb3qbJ4BqTXDv46FmpZneKfz9gNUUHxfWGo3TmTABv6LYS5";

    private KeyParts() {
    }
}
