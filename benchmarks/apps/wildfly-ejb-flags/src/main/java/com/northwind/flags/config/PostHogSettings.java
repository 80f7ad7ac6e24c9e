package com.northwind.flags.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Central holder for the PostHog settings read through MicroProfile Config.
 */
@ApplicationScoped
public class PostHogSettings {

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key", defaultValue = "")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key", defaultValue = "")
    String featureFlagsSecureApiKey;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        if (personalApiKey == null || personalApiKey.isBlank()) {
            return Secrets.FALLBACK_PERSONAL_API_KEY;
        }
        return personalApiKey;
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public boolean isDebug() {
        return debug;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + getPersonalApiKey()
                + ", projectId=" + projectId
                + ", debug=" + debug + "}";
    }
}
