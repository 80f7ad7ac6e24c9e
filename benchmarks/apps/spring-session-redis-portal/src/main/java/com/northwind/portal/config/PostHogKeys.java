package com.northwind.portal.config;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_your_personal_api_key_here";

    public static final String LEGACY_REPORTING_KEY = "phx_WY1AoOWoimCXwNRwjLuIHYwo5uzOeodf5ZiHgz5WY5T";

    public static final String FLAG_NEW_BILLING = "portal-new-billing";

    public static final String FLAG_REMEMBER_ME = "portal-remember-me";

    private PostHogKeys() {
    }
}
