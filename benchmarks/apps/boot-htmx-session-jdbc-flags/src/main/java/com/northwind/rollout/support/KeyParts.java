package com.northwind.rollout.support;

/**
 * Constants shared by the PostHog wiring. Kept in one place so the front-end snippet
 * and the server client agree on host names.
 */
public final class KeyParts {

    /** Public project key used by the posthog-js snippet when nothing is configured. */
    public static final String DEFAULT_PROJECT_KEY = "phc_bRSFrtCfYYceB4odUr6jW6b7c37x6kH4DvkKZV8EjCrSjrmA";

    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Secure flags key of the shared staging project, used until every env has its own. */
    public static final String STAGING_SECURE_BODY = "DebhnNarMW2RAUAjHbnXZA6VxtXJ7v45d9ovYXfbMJPVLskp";

    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String EU_APP_HOST = "https://eu.posthog.com";

    private KeyParts() {
    }
}
