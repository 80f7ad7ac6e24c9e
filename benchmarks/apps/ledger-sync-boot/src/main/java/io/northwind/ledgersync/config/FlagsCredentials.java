package io.northwind.ledgersync.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the feature-flags secure API key used for local flag evaluation.
 */
@Component
public class FlagsCredentials {

    private final String secureKey;

    public FlagsCredentials(@Value("${posthog.feature-flags-secure-api-key}") String secureKey) {
        this.secureKey = secureKey;
    }

    public String getSecureKey() {
        return secureKey;
    }

    public boolean isConfigured() {
        return secureKey != null && !secureKey.isBlank();
    }
}
