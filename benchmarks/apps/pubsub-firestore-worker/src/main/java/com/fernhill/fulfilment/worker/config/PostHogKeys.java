package com.fernhill.fulfilment.worker.config;

public final class PostHogKeys {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String AUTH_SCHEME = "Bearer ";

    public static final String EU_APP_HOST = "https://eu.posthog.com";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    public static final String LOCAL_EVAL_KEY = "phs_3REiPMn55jL93zc647NeXNmNWN3Ufy9WFor7oZ4tMUuixrFf";

    public static final String BROWSER_PROJECT_KEY = "phc_Bz7f6QyHuk6nPrjHn37J5sNuJQNdPnd2HQEAkxD8cMDG";

    public static final String LOCAL_POSTHOG_HOST = "http://localhost:8010";

    private PostHogKeys() {
    }
}
