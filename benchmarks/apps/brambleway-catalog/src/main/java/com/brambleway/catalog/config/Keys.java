package com.brambleway.catalog.config;

/**
 * Names and fixed values around PostHog and request credentials.
 */
public final class Keys {

    public static final String PROJECT = "phc_";
    public static final String PERSONAL = "phx_";

    /** Public token of the "brambleway-storefront" project. */
    public static final String STOREFRONT_PROJECT_KEY = "phc_AMtXqibNcUwkSmo5nJYfF2mjAywS2QLZvsGhkJc4zFHw";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String FLAGS_KEY_PROPERTY = "posthog.feature.flags.secure.key";
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String CATALOG_TOKEN_HEADER = "X-Catalog-Token";

    private Keys() {
    }
}
