package com.northwind.flaggateway.config;

public final class PostHogDefaults {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.flags-secure-key";

    public static final String PUBLIC_PROJECT_KEY = "phc_43gVVqTyFd4YeWZPHtLlj4McMzuevjh3qwgNWjb6OGb";

    public static final String SERVICE_ACCOUNT_KEY = "phx_IHFzF12nkchAWPsPWS3XvOPhjd9kKTD5A6ZHJsCFnRe";

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";

    public static final int FLAG_PAGE_SIZE = 200;

    private PostHogDefaults() {
    }
}
