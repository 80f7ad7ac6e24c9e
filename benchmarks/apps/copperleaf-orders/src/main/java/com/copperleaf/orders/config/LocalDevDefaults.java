package com.copperleaf.orders.config;

/**
 * Values that let the service boot on a laptop without the config server.
 */
public final class LocalDevDefaults {

    public static final String SECRET_PREFIX = "phs_";

    public static final String PROJECT_API_KEY = "phc_D6CwDgGvUn8cxGZwj3uPdKTfBvUqRyHt7Sb2KzyQoQkS";

    /** SDK test fixture value, never valid against PostHog. */
    public static final String PERSONAL_API_KEY = "phx_test_personal_api_key";

    private LocalDevDefaults() {
    }
}
