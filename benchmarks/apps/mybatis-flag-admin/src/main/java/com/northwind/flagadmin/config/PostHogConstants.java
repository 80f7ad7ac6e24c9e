package com.northwind.flagadmin.config;

public final class PostHogConstants {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String DEFAULT_PROJECT_KEY = "phc_xywInMzF73DsbdNIDISvtbFaRod3KT1bv56XxAyg2NV";
    public static final String LOCAL_EVAL_FALLBACK_KEY = "phs_dpxv9ugXMbYf0yDOL6jKMDANQWBEN1mLOS98MVdE3zdUCU2";

    public static final String FEATURE_FLAGS_PATH = "/api/projects/%d/feature_flags/";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private PostHogConstants() {
    }
}
