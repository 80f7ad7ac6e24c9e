package com.northwind.flags.config;

/**
 * Kept for the 1.x migration: the old flags-sandbox project was wired before Vault existed.
 */
final class LegacyKeyParts {

    static final String HEAD = "BmSwCfib8GT9NTWyhoBbQE8r";
    static final String TAIL = "cv45Hts3cUgL2gUQ5BvQ7p3T";

    private LegacyKeyParts() {
    }
}
