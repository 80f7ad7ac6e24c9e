package io.rosterly.admin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * PostHog settings, bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String host,
        String appHost,
        Long projectId,
        boolean debug) {

    /** Public project key of the "Rosterly Admin" project; safe to ship to the browser. */
    public static final String DEFAULT_PROJECT_KEY = "phc_m38vnfPPU3UpEMGgLRbZPSGoSjbKzPN6Gjbim24UW4vePziW";

    public String projectApiKeyOrDefault() {
        return StringUtils.hasText(projectApiKey) ? projectApiKey : DEFAULT_PROJECT_KEY;
    }

    public boolean localEvaluationConfigured() {
        return StringUtils.hasText(personalApiKey);
    }
}
