package com.northwind.flagtrace.web.dto;

import java.util.Map;

/**
 * What the storefront SPA gets on page load: enough to init posthog-js and to
 * render the first screen without flag flicker.
 */
public record BootstrapPayload(
        String distinctId,
        String projectApiKey,
        String apiHost,
        String flagsSecureKey,
        Map<String, Boolean> featureFlags) {
}
