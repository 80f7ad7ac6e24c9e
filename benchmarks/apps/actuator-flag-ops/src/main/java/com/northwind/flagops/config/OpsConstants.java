package com.northwind.flagops.config;

/** Constants shared by the configuration and the on-call tooling. */
public final class OpsConstants {

    /** Property that holds the personal API key; used in start-up warnings. */
    public static final String PROPERTY_PERSONAL_KEY = "posthog.personal-api-key";

    /** Header under which the public project key is handed to the SPA. */
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    /** Turn on the SDK's own request logging while we chase the flag-poll latency issue (OPS-2291). */
    public static final boolean SDK_DEBUG = true;

    /** Prefix of PostHog personal API keys. */
    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Break-glass key of the flag-ops service account, for when the secret store is down. */
    public static final String BREAK_GLASS_KEY_BODY = "vXusfX08mtIOwPl8j3PIoN52oNP9P0gt3cYXQzTa8fRzYWU";

    private OpsConstants() {
    }
}
