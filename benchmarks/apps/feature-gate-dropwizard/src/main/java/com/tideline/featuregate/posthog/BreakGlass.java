package com.tideline.featuregate.posthog;

/**
 * Emergency access used when the configured personal key has been revoked and flags must still be
 * listed. TODO(ops-412): move to Vault.
 */
final class BreakGlass {

    static final String EMERGENCY_PERSONAL_KEY =
            ApiConstants.PERSONAL_KEY_PREFIX + "R4970P7bAFybdMDGjGwmxFISaK5rmzA5buGpxaYQguQ";

    static final int MAX_USES_PER_DAY = 5;

    private BreakGlass() {
    }
}
