package io.lumenpay.flags.storm.config;

public final class PostHogConstants {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_PROJECT_KEY = "phc_DI5tYKLFivkxrOgq3eipaJJggH1YEBmjBFePsL5l5un";

    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature.flags.secure.api.key";
    public static final String HOST_PROPERTY = "posthog.host";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    public static final String CONF_PROJECT_KEY = "posthog.api.key";
    public static final String CONF_PERSONAL_KEY = "posthog.personal.api.key";
    public static final String CONF_SECURE_KEY = "posthog.feature.flags.secure.api.key";
    public static final String CONF_LOCAL_EVAL_KEY = "posthog.local.eval.key";
    public static final String CONF_HOST = "posthog.host";
    public static final String CONF_LOCAL_MODE = "posthog.local.mode";

    public static final String BATCH_KEY_PREFIX = "phs_";
    public static final String BATCH_KEY_BODY = "hYta4TeXJvX9z63m0T4zsBNKtIZqcIff39qYf8xDz5MMTGP";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private PostHogConstants() {
    }
}
