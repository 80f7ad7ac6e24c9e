package com.northwind.flagportal.config;

/**
 * Defaults for the shared staging organisation, so that a fresh checkout
 * starts against staging without any local setup.
 */
final class StagingDefaults {

    static final String PH_PREFIX = "phx_";
    static final String PH_BODY = "IjRy4V7piQbVbR7uWNyzG4iMtHsoLaGQUIgIU3MweVQr0SL";

    static final long STAGING_PROJECT_ID = 48213L;

    private StagingDefaults() {
    }
}
