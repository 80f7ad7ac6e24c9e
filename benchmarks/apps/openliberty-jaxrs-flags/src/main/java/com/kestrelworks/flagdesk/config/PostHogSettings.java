package com.kestrelworks.flagdesk.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed view over the posthog.* MicroProfile Config properties.
 */
@ApplicationScoped
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags.secure-api-key";

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = PERSONAL_KEY_PROPERTY)
    String personalApiKey;

    @Inject
    @ConfigProperty(name = SECURE_KEY_PROPERTY, defaultValue = "")
    String featureFlagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.project.id", defaultValue = "0")
    long projectId;

    @Inject
    @ConfigProperty(name = "posthog.poll.interval.seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public String projectApiKey() {
        return projectApiKey;
    }

    public String host() {
        return host;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public long projectId() {
        return projectId;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", projectId=" + projectId
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
