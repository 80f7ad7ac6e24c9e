package com.northwind.cohorts.config;

import java.time.Duration;

/**
 * Defaults used when the environment does not provide a value, e.g. on a fresh staging box.
 */
public final class BootstrapDefaults {

    public static final Duration FLAG_POLL_INTERVAL = Duration.ofSeconds(30);

    public static final String FALLBACK_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.PERSONAL_HEAD + KeyParts.PERSONAL_TAIL;

    public static final int MAX_COHORT_PAGES = 20;

    private BootstrapDefaults() {
    }
}
