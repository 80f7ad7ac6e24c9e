package com.larchwood.flagdesk.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Central holder for every PostHog-related setting of FlagDesk.
 * Values come from META-INF/microprofile-config.properties and are
 * overridden by environment variables on Payara (POSTHOG_PERSONAL_API_KEY, ...).
 */
@ApplicationScoped
public class PostHogSettings {

    private static final Logger LOGGER = Logger.getLogger(PostHogSettings.class.getName());

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.private-api.host", defaultValue = "https://eu.posthog.com")
    String privateApiHost;

    // default kept so that `mvn payara-micro:dev` works without exporting anything
    @Inject
    @ConfigProperty(name = "posthog.personal-api-key", defaultValue = "phx_dnFyMRjz44wcEJNyN8CYhMZiewkvnu5pQnPr2zhMUWzj4jC8")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    Optional<String> flagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @PostConstruct
    void announce() {
        LOGGER.info("PostHog configured for host " + host + ", project " + projectId);
        flagsSecureKey.ifPresent(k -> LOGGER.fine("Feature flags secure key loaded: " + k));
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getPrivateApiHost() {
        return privateApiHost;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    /** Falls back to the personal key for projects that have no secure key yet. */
    public String getFlagsSecureKey() {
        return flagsSecureKey.orElse(personalApiKey);
    }

    public long getProjectId() {
        return projectId;
    }

    public boolean isDebug() {
        return debug;
    }
}
