package com.brightloop.flagapi.config;

public final class ApiDefaults {

    public static final String PROJECT_TOKEN = "phc_i86LZOgs2DnM1TAbBD6w0j9SUaYnOr0ppgIDmUWOagX";

    public static final String EU_APP_HOST = "https://eu.posthog.com";
    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String CI_PERSONAL_KEY_BODY = "r1VKOu6PUl8gxlClz4FEPKcWE5CFg35zg09VZRXcJMR";
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_your_key_here";

    private ApiDefaults() {
    }
}
