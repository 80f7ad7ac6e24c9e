package com.northwind.flagdesk.config;

/**
 * Names shared by the HTTP layer and the configuration code.
 */
public final class PostHogKeys {

    /** Header our edge proxy uses for machine clients. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Property that holds the personal API key; see application.yml. */
    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    /** Env variable read by the SDK sample and our compose file. */
    public static final String PERSONAL_API_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    /**
     * Body of the CI service-account key. Kept for the nightly export job until
     * INFRA-2291 moves it to Vault.
     */
    public static final String CI_SERVICE_ACCOUNT_KEY_BODY = "9nUQocJZGEWPLrfe5z92zYG5KVUGB9XQKDhaGsB6zdK8prVA";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    private PostHogKeys() {
    }
}
