package com.northwind.flaggate.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

@ApplicationScoped
public class PostHogSettings {

    private static final Logger LOG = Logger.getLogger(PostHogSettings.class);

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.app-host", defaultValue = "https://eu.posthog.com")
    String appHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = PostHogKeys.PERSONAL_KEY_PROPERTY)
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = PostHogKeys.SECURE_KEY_PROPERTY)
    Optional<String> featureFlagsSecureKey;

    private String resolvedSecureKey;

    @PostConstruct
    void validate() {
        if (personalApiKey.isEmpty() || personalApiKey.get().startsWith("phx_xxx")) {
            LOG.warnf("Property %s is not set; admin sync against PostHog is disabled", PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        resolvedSecureKey = featureFlagsSecureKey
                .orElse(PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.STAGING_SECURE_KEY_BODY);
        LOG.infof("PostHog host=%s project=%d secureKeyLength=%d", host, projectId, resolvedSecureKey.length());
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String host() {
        return host;
    }

    public String appHost() {
        return appHost;
    }

    public long projectId() {
        return projectId;
    }

    public String personalApiKey() {
        return personalApiKey.orElse(null);
    }

    public boolean adminSyncEnabled() {
        return personalApiKey.isPresent();
    }

    public String featureFlagsSecureKey() {
        return resolvedSecureKey;
    }
}
