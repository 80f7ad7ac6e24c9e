package com.northwind.flags.api;

import java.util.Map;

/**
 * Payload the storefront uses to bootstrap posthog-js with pre-evaluated flags.
 */
public record BootstrapConfig(
        String projectApiKey,
        String apiHost,
        String featureFlagsSecureKey,
        Map<String, Boolean> featureFlags) {
}
