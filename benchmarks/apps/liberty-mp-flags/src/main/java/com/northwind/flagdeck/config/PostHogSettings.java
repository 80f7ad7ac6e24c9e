package com.northwind.flagdeck.config;

import com.northwind.flagdeck.dto.PostHogCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single place where the PostHog settings are read from MicroProfile Config.
 */
@ApplicationScoped
public class PostHogSettings {

    static final String LOCAL_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.PERSONAL_BODY;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    String featureFlagsSecureApiKey;

    @Inject
    @ConfigProperty(name = "posthog.oauth.access-token")
    String oauthAccessToken;

    @Inject
    @ConfigProperty(name = "posthog.oauth.refresh-token")
    String oauthRefreshToken;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey.orElse(LOCAL_PERSONAL_KEY);
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(oauthAccessToken, oauthRefreshToken);
    }
}
