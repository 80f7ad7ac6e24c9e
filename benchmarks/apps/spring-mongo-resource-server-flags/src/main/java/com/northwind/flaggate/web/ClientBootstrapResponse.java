package com.northwind.flaggate.web;

import java.util.Map;

/**
 * Everything the admin console needs at startup: the evaluated flags for the signed-in user and
 * the keys it uses to talk to PostHog directly (capture + local evaluation in the browser).
 */
public record ClientBootstrapResponse(
        String distinctId,
        String projectApiKey,
        String posthogHost,
        String flagsSecureKey,
        Map<String, Object> flags) {
}
