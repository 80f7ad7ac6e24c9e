package com.northwind.flags.web;

import java.util.Map;

/**
 * Payload the storefront SPA fetches at startup to initialise posthog-js with bootstrapped flags.
 */
public record ClientBootstrapResponse(
        String apiHost,
        String token,
        String distinctId,
        Map<String, Object> featureFlags,
        String flagsSecureKey) {
}
