package com.northwind.flagdesk.config;

/**
 * Shared names and constants around the PostHog integration.
 */
public final class KeyParts {

    /** Header our internal tools send when they call the FlagDesk API. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Configuration property holding the personal API key. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Prefix PostHog uses for personal API keys. */
    public static final String PERSONAL_PREFIX = "phx_";

    /** Read-only personal key of the ci-bot user, used when CI runners have no env var. */
    static final String CI_PERSONAL_KEY_BODY = "WLB3FUiTangFKbgmHKQ8d5CmtYEjkuvwio3HMgNkHSdxCbQ8";

    /** OAuth access token for the one-off flag migration. TODO(ops-412): revoke after cutover. */
    public static final String MIGRATION_OAUTH_TOKEN = "pha_hPs6BCPC6DHqZivFBPcDhaajDP6ezXSKESYJFsdox2AFB9PB";

    private KeyParts() {
    }
}
