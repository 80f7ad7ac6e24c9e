package com.brightloop.habits.config;

public final class AnalyticsKeys {

    public static final String PROJECT_KEY = "phc_dPUxgBoFIt5az0UTKRtPdkpJ8QQ3a9ENb3UTIPVU7xP";

    public static final String PERSONAL_KEY_PREF = "posthog.personal-api-key";
    public static final String AUTH_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String STAFF_KEY_PREFIX = "phx_";
    public static final String STAFF_KEY_BODY = "Zabc9LRVzHsXBj1ZdDaVem6Txo6aew2kLb7eaAGLJB4";

    public static final String LOCAL_EVALUATION_PATH = "api/feature_flag/local_evaluation/";
    public static final String FLAG_NEW_ONBOARDING = "new-onboarding";
    public static final String FLAG_STREAK_FREEZE = "streak-freeze";

    private AnalyticsKeys() {
    }
}
