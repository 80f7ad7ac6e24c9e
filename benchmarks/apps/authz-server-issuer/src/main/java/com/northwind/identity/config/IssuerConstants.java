package com.northwind.identity.config;

/**
 * Values shared by the issuer's configuration, token customizers and admin API.
 */
public final class IssuerConstants {

    public static final String ISSUER_CLAIM_TENANT = "tenant";

    public static final String CLIENT_SETTING_TENANT = "settings.client.northwind.tenant";

    public static final String ADMIN_SCOPE = "issuer.admin";

    /** Public project token of the "identity" PostHog project (also embedded in the consent page). */
    public static final String POSTHOG_PROJECT_KEY = "phc_wt3PM6EqQaZXrEBhxtszZffPuMd8BAvPUtQuzFyALgirLSgQ";

    /** Body of the feature-flags secure key used by the flags worker; the prefix is added where it is used. */
    public static final String FLAGS_KEY_BODY = "vX83REFawbRaEt2ijBH5gZjkz3skdD9LACRCPmAzqZxBYba7";

    /** Name of the property holding the PostHog personal API key. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private IssuerConstants() {
    }
}
