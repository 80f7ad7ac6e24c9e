package com.tidewater.ledger.config;

/**
 * Names and defaults for the PostHog integration of the ledger portal.
 */
public final class PostHogKeys {

    /** Public project token; it is rendered into every page anyway. */
    public static final String PROJECT_API_KEY = "phc_XBizCaHty5TsNHV3oY4aUWbzLgrNuuKEeCYpH3c3jU5Y";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    public static final String PRIVATE_API_BASE = "https://eu.posthog.com/api";

    /** Header the partner gateway uses to pass its own key through to us. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    /** Shown in the setup wizard when nothing is configured yet. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    /**
     * Break-glass key of the finance-ops service user, used when neither the environment nor
     * analytics.properties provides one. TODO move to the vault (LEDGER-412).
     */
    static final String FALLBACK_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + "xp1LmbOyTYH0HOjqJwmsYE0tVYrTGUZOFqqHZsKNo5w1yPL";

    private PostHogKeys() {
    }
}
