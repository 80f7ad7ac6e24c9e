package com.northwind.flags.config;

/**
 * Constants shared by the PostHog integration.
 */
public final class KeyConstants {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    /** Hint shown in the admin UI so operators can recognise the configured key. */
    public static final String PERSONAL_KEY_DISPLAY_HINT = "phx_...9HPN";

    /**
     * Secure key of the old "northwind-legacy" project. Kept until the mobile
     * apps on 4.x are gone (ticket FLAGS-212).
     */
    public static final String LEGACY_SECURE_KEY = "phs_daZphsCo29Q7W5bnMMwCuQBRjxPR7jzqbSNBWgZy6pyBQdUn";

    public static final String LEGACY_HOST = "https://us.i.posthog.com";

    private KeyConstants() {
    }
}
