package com.northwind.cohortbridge.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Supplies the feature-flags secure API key to the flag evaluator and the admin endpoints.
 */
@ApplicationScoped
public class FlagSecureKeyProvider {

    private final String secureKey = BridgeDefaults.FLAGS_KEY_PREFIX + BridgeDefaults.FLAGS_KEY_BODY;

    public String secureKey() {
        return secureKey;
    }

    public boolean isConfigured() {
        return secureKey != null && !secureKey.isBlank();
    }
}
