package com.northwind.relay.config;

public final class PostHogApiConstants {

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_API_HOST = "https://us.posthog.com";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String DEFAULT_PROJECT_KEY = "phc_BwjJgQaLm1iGamaiGOzBXZLf0VyQRukV4YX8X6vjPxn";

    public static final String SANDBOX_PROJECT_ID = "48213";
    public static final String SANDBOX_KEY_PREFIX = "phx_";
    public static final String SANDBOX_KEY_BODY = "CyFpCggjk3PUC8HzHTV8prjDebFoW6WtRTml56h4o8FnkoR";

    public static final String RELAY_DISTINCT_ID = "webhook-relay";

    private PostHogApiConstants() {
    }
}
