package com.northwind.flagtrace.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Single place the rest of the code asks for PostHog credentials.
 */
@Component
public class PostHogCredentials {

    private static final Logger log = LoggerFactory.getLogger(PostHogCredentials.class);

    static final String STAGING_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    private final String personalApiKey;
    private final String featureFlagsSecureApiKey;

    public PostHogCredentials(PostHogProperties properties) {
        this.personalApiKey = properties.personalApiKey();
        String secure = properties.featureFlagsSecureApiKey();
        if (secure == null || secure.isBlank()) {
            log.warn("Property {} is not set, falling back to the staging secure key",
                    "posthog.feature-flags-secure-api-key");
            secure = STAGING_SECURE_KEY;
        }
        this.featureFlagsSecureApiKey = secure;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }
}
