package com.northwind.digest.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Central holder for everything PostHog related. Other beans inject this instead of
 * repeating the property names.
 */
@ApplicationScoped
public class PostHogSettings {

    @ConfigProperty(name = "posthog.api-key")
    String projectApiKey;

    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @ConfigProperty(name = "posthog.app-host", defaultValue = "https://eu.posthog.com")
    String appHost;

    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @ConfigProperty(name = "posthog.personal-api-key")
    Optional<String> personalApiKey;

    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    Optional<String> flagsSecureKey;

    @ConfigProperty(name = "posthog.oauth.refresh-token",
            defaultValue = "phr_kUmvEi4FGzimZ4h8zMGisWG57FcYewbUPXkLMG5LTYLSTSCW")
    String oauthRefreshToken;

    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

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

    public String flagsSecureKey() {
        return flagsSecureKey.orElse(PostHogKeys.FALLBACK_FLAGS_SECURE_KEY);
    }

    public String oauthRefreshToken() {
        return oauthRefreshToken;
    }

    public boolean debug() {
        return debug;
    }
}
