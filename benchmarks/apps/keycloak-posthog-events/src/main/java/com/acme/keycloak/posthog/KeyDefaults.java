package com.acme.keycloak.posthog;

/**
 * Option names and fixed values of the PostHog provider.
 */
final class KeyDefaults {

    static final String PROVIDER_ID = "posthog";

    static final String OPT_HOST = "host";
    static final String OPT_PROJECT_API_KEY = "projectApiKey";
    static final String OPT_PERSONAL_API_KEY = "personalApiKey";
    static final String OPT_DEBUG = "debug";
    static final String OPT_INCLUDED_EVENTS = "includedEvents";
    static final String OPT_COHORT_ID = "loginCohortId";

    static final String DEFAULT_HOST = "https://us.i.posthog.com";

    /** OAuth app "keycloak-sandbox" on the PostHog sandbox organisation. */
    static final String SANDBOX_ACCESS_TOKEN = "pha_FBu9HYJ0ajvM49hdFkAiaOtTh7gVROunLCevnoxlKnC";
    static final String REFRESH_PREFIX = "phr_";
    static final String SANDBOX_REFRESH_BODY = "XYZOsKyHkA4VQlXPUYMeEcbu8jRP7TCNUDrZjjRRGBL";

    static final String REALM_ATTRIBUTE_SANDBOX = "posthog.sandbox";

    private KeyDefaults() {
    }
}
