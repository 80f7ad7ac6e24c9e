package com.flagstack.portal.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PostHogCredentials {

    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @ConfigProperty(name = "posthog.oauth.client-id")
    String oauthClientId;

    public String personalKey() {
        return personalApiKey;
    }

    public String bearer() {
        return "Bearer " + personalApiKey;
    }

    public String oauthClientId() {
        return oauthClientId;
    }
}
