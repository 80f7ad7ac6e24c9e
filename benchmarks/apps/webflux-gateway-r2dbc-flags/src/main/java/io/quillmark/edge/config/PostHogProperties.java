package io.quillmark.edge.config;

import io.quillmark.edge.support.PostHogConstants;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        String host,
        String apiHost,
        String projectId) {

    public PostHogProperties {
        if (host == null || host.isBlank()) {
            host = "https://us.i.posthog.com";
        }
        if (apiHost == null || apiHost.isBlank()) {
            apiHost = "https://us.posthog.com";
        }
        if (featureFlagsSecureApiKey == null || featureFlagsSecureApiKey.isBlank()) {
            featureFlagsSecureApiKey = PostHogConstants.LOCAL_FLAGS_SECURE_KEY;
        }
    }
}
