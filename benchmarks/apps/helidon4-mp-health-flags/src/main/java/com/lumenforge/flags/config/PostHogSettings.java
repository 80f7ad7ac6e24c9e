package com.lumenforge.flags.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed view over the {@code posthog.*} MicroProfile Config properties.
 */
@ApplicationScoped
public class PostHogSettings {

    public static final String PROJECT_KEY_PROPERTY = "posthog.project-api-key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String AUTHORIZATION_HEADER = "Authorization";

    @Inject
    @ConfigProperty(name = PROJECT_KEY_PROPERTY)
    String projectApiKey;

    // Fallback keeps local runs working without exporting the variable.
    @Inject
    @ConfigProperty(name = PERSONAL_KEY_PROPERTY,
            defaultValue = "phx_XTBoQc3ksPffiVXmxEWFVavhWz4aQeBNiv5AysWSWeiycpZr")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = SECURE_KEY_PROPERTY)
    Optional<String> featureFlagsSecureApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public Optional<String> featureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    /**
     * Key used for local flag evaluation: the secure key when configured, else the personal key.
     */
    public String localEvaluationKey() {
        return featureFlagsSecureApiKey.filter(k -> !k.isBlank()).orElse(personalApiKey);
    }

    public String host() {
        return host;
    }

    /**
     * Host of the private (app) API, e.g. https://eu.posthog.com.
     */
    public String appHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }
}
