package com.northwind.exports.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

@ApplicationScoped
public class PostHogSettings {

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = "posthog.project-api-key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.flags-secure-key")
    Optional<String> flagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey.orElse(null);
    }

    public boolean hasFlagsSecureKey() {
        return flagsSecureKey.filter(k -> !k.isBlank()).isPresent();
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
