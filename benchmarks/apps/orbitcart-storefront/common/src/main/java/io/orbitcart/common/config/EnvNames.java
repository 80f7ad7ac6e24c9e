package io.orbitcart.common.config;

/**
 * Names of the environment variables read by the api and worker services.
 *
 * <p>Only the names live here; the values come from the Kubernetes secret {@code orbitcart-posthog}.
 */
public final class EnvNames {

    public static final String POSTHOG_PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String POSTHOG_FLAGS_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String POSTHOG_HOST = "POSTHOG_HOST";
    public static final String POSTHOG_PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";

    private EnvNames() {
    }
}
