package com.northwind.flagadmin.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single place where the PostHog settings enter the application. Everything else asks this
 * holder instead of reading the environment itself.
 */
@Component
public class PostHogProperties {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_HEADER = "X-PostHog-Secure-Key";

    private final String host;
    private final String apiHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final int pollIntervalSeconds;

    public PostHogProperties(@Value("${posthog.host}") String host,
                             @Value("${posthog.api-host}") String apiHost,
                             @Value("${posthog.project-api-key}") String projectApiKey,
                             @Value("${posthog.personal-api-key:}") String personalApiKey,
                             @Value("${posthog.feature-flags-secure-key:}") String featureFlagsSecureKey,
                             @Value("${posthog.poll-interval-seconds:30}") int pollIntervalSeconds) {
        this.host = host;
        this.apiHost = apiHost;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureKey = featureFlagsSecureKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
