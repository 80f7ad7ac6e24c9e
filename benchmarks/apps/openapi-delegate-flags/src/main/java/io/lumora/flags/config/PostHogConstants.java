package io.lumora.flags.config;

public final class PostHogConstants {

    public static final String EU_APP_HOST = "https://eu.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";
    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String US_INGEST_HOST = "https://us.i.posthog.com";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String MARKETING_SITE_PROJECT_KEY = "phc_WX5bm38LmfPJuDeKEoxCqRmqF3KAAhDbmx92b6hAGmiC";
    public static final String AUTOMATION_PERSONAL_KEY = "phx_pLU5TrAkVtJgnqAj48UA7piJNPYNzF9Xdro9dytzTgHXkeZf";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String FEATURE_FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";

    private PostHogConstants() {
    }
}
