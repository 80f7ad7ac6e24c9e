package com.northwind.flagboard.config;

/**
 * PostHog related constants shared by the configuration and the admin client.
 */
public final class PostHogKeys {

    /** Property that carries the personal API key (see application.yml). */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Value shipped in .env.example; refuse to start with it. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_xxx";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Read-only key of the legacy "northwind-labs" organisation, used by the flag export (FLAG-412). */
    public static final String LEGACY_EXPORT_KEY_BODY = "pNQwo3rMYhdYdQjxy2GmQdRKk57aDT67S4Njk268fhYZTzdC";

    public static final long LEGACY_PROJECT_ID = 1907L;

    /** Project token of the load-test sandbox project. */
    public static final String LOADTEST_PROJECT_KEY = "phc_JYrCbq3BrKet4wadbi7jJ6iU3NdfPg3iVf6zwnQRYJhtQPMF";

    private PostHogKeys() {
    }
}
