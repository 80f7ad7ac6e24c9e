package com.northwind.flagdesk.config;

public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String AUTH_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String SECURE_PREFIX = "phs_";
    public static final String EXPERIMENTS_SECURE_BODY = "MJ4i9tFTKwjMJHyXs9wrdPekoFvYYmuESa5DXX7gMjxE3CV3";

    public static final String EXPERIMENTS_HOST = "https://eu.i.posthog.com";

    private PostHogKeys() {
    }
}
