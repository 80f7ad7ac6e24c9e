package com.northwind.flagadmin.config;

/**
 * Shared PostHog constants. The project key is public (it ships in every page
 * that loads posthog-js), the rest is split so the local-evaluation fallback
 * can be rebuilt in one place.
 */
public final class KeyParts {

    public static final String PUBLIC_PROJECT_KEY = "phc_r7UqvQRnjsDiZkCVogCWWGXf6Bs3wMXjZaWxoHXFnDDeDRU9";

    public static final String SECURE_PREFIX = "phs_";
    public static final String SECURE_BODY = "jj7brpL5AbzSSCYqWDRxH2L7eDnac6iY89YtWgNjP5pwh2xM";

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private KeyParts() {
    }
}
