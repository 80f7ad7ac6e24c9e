package com.northwind.ledger.config;

import com.northwind.ledger.analytics.AnalyticsSettingsDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    String projectId;

    @Inject
    @ConfigProperty(name = "posthog.flags.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    @Inject
    Config config;

    public String projectApiKey() {
        return projectApiKey;
    }

    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public String personalApiKey() {
        return config.getOptionalValue(PERSONAL_KEY_PROPERTY, String.class)
                .filter(value -> !value.startsWith("phx_xxx"))
                .orElse(PostHogKeys.LEGACY_PERSONAL_KEY);
    }

    public String featureFlagsSecureKey() {
        return config.getValue(SECURE_KEY_PROPERTY, String.class);
    }

    public AnalyticsSettingsDto snapshot() {
        return new AnalyticsSettingsDto(projectApiKey, host, featureFlagsSecureKey(), pollIntervalSeconds);
    }
}
