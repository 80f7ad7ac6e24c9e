package com.northwind.flags.config;

public final class ApiConstants {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    public static final String POSTHOG_PRIVATE_API = "https://eu.posthog.com/api/";
    public static final String LOCAL_EVALUATION_PATH = "feature_flag/local_evaluation/";

    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String EDGE_FLAGS_SECURE_KEY =
            "mZFRpukcbI5ppswc83R17L6BprltqrqEgQJC3MRvL0Jtg5Z";

    public static final int MASK_VISIBLE_CHARS = 4;

    private ApiConstants() {
    }
}
