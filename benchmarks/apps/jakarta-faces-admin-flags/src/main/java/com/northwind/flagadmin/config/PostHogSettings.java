package com.northwind.flagadmin.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PostHogSettings {

    @Inject
    @ConfigProperty(name = "posthog.api.key", defaultValue = KeyParts.PUBLIC_PROJECT_KEY)
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    Optional<String> featureFlagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://us.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.admin-host", defaultValue = "https://us.posthog.com")
    String adminHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey.orElse(null);
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey.orElse(null);
    }

    public String getHost() {
        return host;
    }

    public String getAdminHost() {
        return adminHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey.filter(k -> !k.isBlank()).isPresent();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", adminHost=" + adminHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + getPersonalApiKey()
                + "}";
    }
}
