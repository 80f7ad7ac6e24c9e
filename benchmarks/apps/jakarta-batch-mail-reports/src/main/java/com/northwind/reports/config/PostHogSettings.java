package com.northwind.reports.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Typed view over the {@code posthog.*} configuration.
 */
@ApplicationScoped
public class PostHogSettings {

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.ingest-host", defaultValue = "https://eu.i.posthog.com")
    String ingestHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = ApiKeys.PROJECT_API_KEY_PROPERTY)
    String projectApiKey;

    @Inject
    @ConfigProperty(name = ApiKeys.PERSONAL_API_KEY_PROPERTY)
    String personalApiKey;

    @Inject
    @ConfigProperty(name = ApiKeys.FLAGS_SECURE_KEY_PROPERTY)
    Optional<String> featureFlagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.oauth.access-token",
            defaultValue = "pha_kcgYi6WhVFT9jompX7FsVjwCGqCWkmrUgV2fbjGCSS7kXrHE")
    String oauthAccessToken;

    public String getHost() {
        return host;
    }

    public String getIngestHost() {
        return ingestHost;
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

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey.orElse(personalApiKey);
    }

    public String getOauthAccessToken() {
        return oauthAccessToken;
    }

    public String getOauthRefreshToken() {
        return ApiKeys.OAUTH_REFRESH_PREFIX + ApiKeys.OAUTH_REFRESH_BODY;
    }

    public String maskedPersonalKey() {
        if (personalApiKey == null || personalApiKey.length() < 8) {
            return "****";
        }
        return personalApiKey.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + '}';
    }
}
