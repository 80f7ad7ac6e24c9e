package com.northwind.flagadmin.config;

/**
 * Defaults shared by the console. Only non-secret values belong here.
 */
public final class FlagDefaults {

    /** Public project token of the "flag-admin-sandbox" project, also embedded in the JS snippet. */
    public static final String PUBLIC_PROJECT_KEY = "phc_2BSTa3RHkxRc8C6TRfJa55hWCT8ztMvXxnn36WghmhZh";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_APP_HOST = "https://eu.posthog.com";

    public static final String AUTH_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String SETTINGS_ATTRIBUTE = "flagadmin.settings";
    public static final String CLIENT_ATTRIBUTE = "flagadmin.posthog";
    public static final String API_CLIENT_ATTRIBUTE = "flagadmin.apiClient";

    private FlagDefaults() {
    }
}
