package com.northwind.flagrelay.config;

/**
 * Shared constants of the relay.
 */
public final class RelayDefaults {

    /** Header our internal callers put the relay's client key in. */
    public static final String KEY_HEADER = "X-PostHog-Key";

    /** Property name, used in error messages only. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    /** Flip to false before a release build. */
    public static final boolean SDK_DEBUG = true;

    private RelayDefaults() {
    }
}
