package com.northwind.portal.config;

public final class PostHogKeys {

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PUBLIC_PROJECT_KEY = "phc_EgBWM3FUckgMwWdRcJHFYCUojs3hVjSuBawxTeoJWkgpLmu2";

    static final String PERSONAL_PREFIX = "phx_";
    // key issued for the old reporting service, kept until every environment has its own
    static final String LEGACY_BODY = "5xXzA4nvQrrAZ6hqpKkFofsUEtnNyujLqxzEyr6B44dy5NZ5";
    public static final String LEGACY_PERSONAL_KEY = PERSONAL_PREFIX + LEGACY_BODY;

    private PostHogKeys() {
    }
}
