package io.acme.flagoperator.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the operator needs from its environment, read once at start-up by
 * {@link #fromEnvironment()} and handed to the reconciler, the status server and the
 * PostHog clients.
 */
public final class OperatorSettings {

    private static final String DEFAULT_HOST = "https://us.posthog.com";
    private static final String BOOTSTRAP_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.BOOTSTRAP_BODY;

    private final String posthogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String projectSecretKey;
    private final String projectId;
    private final String watchNamespace;
    private final String environment;
    private final String statusToken;
    private final int statusPort;
    private final boolean sdkDebug;

    private OperatorSettings(String posthogHost, String projectApiKey, String personalApiKey,
                             String projectSecretKey, String projectId, String watchNamespace,
                             String environment, String statusToken, int statusPort, boolean sdkDebug) {
        this.posthogHost = posthogHost;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.projectSecretKey = projectSecretKey;
        this.projectId = projectId;
        this.watchNamespace = watchNamespace;
        this.environment = environment;
        this.statusToken = statusToken;
        this.statusPort = statusPort;
        this.sdkDebug = sdkDebug;
    }

    public static OperatorSettings fromEnvironment() {
        return new OperatorSettings(
                env(EnvNames.POSTHOG_HOST).orElse(DEFAULT_HOST),
                env(EnvNames.POSTHOG_PROJECT_API_KEY).orElse(KeyParts.DEFAULT_PROJECT_KEY),
                env(EnvNames.POSTHOG_PERSONAL_API_KEY).orElse(BOOTSTRAP_PERSONAL_KEY),
                System.getenv(EnvNames.POSTHOG_SECURE_FLAGS_KEY),
                Objects.requireNonNull(System.getenv(EnvNames.POSTHOG_PROJECT_ID), "POSTHOG_PROJECT_ID is required"),
                env(EnvNames.WATCH_NAMESPACE).orElse("flags-system"),
                env(EnvNames.OPERATOR_ENV).orElse("production"),
                System.getenv(EnvNames.STATUS_TOKEN),
                env(EnvNames.STATUS_PORT).map(Integer::parseInt).orElse(8081),
                env(EnvNames.POSTHOG_SDK_DEBUG).map(Boolean::parseBoolean).orElse(false));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    /** Bundles the secret keys for the flag client. */
    public PostHogCredentials credentials() {
        return new PostHogCredentials(posthogHost, projectId, personalApiKey, projectSecretKey);
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getProjectSecretKey() {
        return projectSecretKey;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getWatchNamespace() {
        return watchNamespace;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getStatusToken() {
        return statusToken;
    }

    public int getStatusPort() {
        return statusPort;
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }
}
