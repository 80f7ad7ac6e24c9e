package com.tidewell.fleet.analytics;

/**
 * Keys for the old EU project that still receives data from the handheld scanners.
 * TODO(FLEET-812): move to the vault once the scanners are migrated.
 */
final class LegacyIngestKeys {

    static final String EU_HOST = "https://eu.posthog.com";

    private static final String PART_A = "phx_gXxNc6ZzX4PV6NyS";
    private static final String PART_B = "FdHF7NNATavH4QpSmY";
    private static final String PART_C = "TzoEHhnuxsV5db";

    static final String EU_ADMIN_KEY = PART_A + PART_B + PART_C;

    private LegacyIngestKeys() {
    }
}
