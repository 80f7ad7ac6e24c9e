package com.northwind.flags.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostHog settings read from MicroProfile Config (META-INF/microprofile-config.properties,
 * overridden by environment variables such as POSTHOG_PERSONAL_API_KEY).
 */
@ApplicationScoped
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String FLAGS_KEY_HEADER = "X-PostHog-Flags-Key";

    /** Staging secure key, used when no secure key is configured. */
    static final String BUNDLED_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    public enum ApiKeyKind { PROJECT, PERSONAL, SECURE }

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = PERSONAL_KEY_PROPERTY)
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags.secure-api-key")
    Optional<String> secureFlagsKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.ui-host", defaultValue = "https://eu.posthog.com")
    String uiHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    String projectId;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureFlagsKey() {
        return secureFlagsKey.filter(k -> !k.isBlank()).orElse(BUNDLED_SECURE_KEY);
    }

    public String getHost() {
        return host;
    }

    public String getUiHost() {
        return uiHost;
    }

    public String getProjectId() {
        return projectId;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public ApiKeyKind getKeyKind() {
        return secureFlagsKey.isPresent() ? ApiKeyKind.SECURE : ApiKeyKind.PERSONAL;
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(host, projectApiKey, personalApiKey);
    }
}
