package dev.heronlabs.flags.config;

import io.helidon.config.Config;
import java.time.Duration;

/**
 * The {@code posthog.*} section of application.yaml.
 */
public final class PostHogSettings {

    public static final String SECURE_KEY_PATH = "posthog.feature-flags-secure-api-key";

    private final String host;
    private final String projectApiKey;
    private final String featureFlagsSecureApiKey;
    private final Duration pollInterval;
    private final String apiTokensSecretName;

    private PostHogSettings(String host, String projectApiKey, String featureFlagsSecureApiKey,
                            Duration pollInterval, String apiTokensSecretName) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
        this.pollInterval = pollInterval;
        this.apiTokensSecretName = apiTokensSecretName;
    }

    public static PostHogSettings from(Config config) {
        return new PostHogSettings(
                config.get("posthog.host").asString().orElse("https://us.i.posthog.com"),
                config.get("posthog.project-api-key").asString().get(),
                config.get(SECURE_KEY_PATH).asString().orElse(""),
                config.get("posthog.poll-interval").as(Duration.class).orElse(Duration.ofSeconds(30)),
                config.get("heron.api-tokens-secret-name").asString().orElse(""));
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String featureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public String apiTokensSecretName() {
        return apiTokensSecretName;
    }

    public boolean hasSecureKey() {
        return !featureFlagsSecureApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host='" + host + "', projectApiKey='" + projectApiKey
                + "', featureFlagsSecureApiKey='" + featureFlagsSecureApiKey + "', pollInterval=" + pollInterval + "}";
    }
}
