package com.larkspurfreight.flaggate.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed view over the posthog.* configuration keys.
 */
@ApplicationScoped
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = PERSONAL_KEY_PROPERTY)
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key",
            defaultValue = "phs_FCtbqpYVmiVh8BcE9u8f4eC8PB2qH2NqeEKEXJJWAQ7WVZTG")
    String featureFlagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.admin-host", defaultValue = "https://eu.posthog.com")
    String adminHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public String host() {
        return host;
    }

    public String adminHost() {
        return adminHost;
    }

    public long projectId() {
        return projectId;
    }

    public boolean debug() {
        return debug;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
