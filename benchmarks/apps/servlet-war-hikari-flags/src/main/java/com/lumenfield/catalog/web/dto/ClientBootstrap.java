package com.lumenfield.catalog.web.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.lumenfield.catalog.config.PostHogSettings;

import java.util.Map;

/**
 * What the storefront SPA receives to initialise posthog-js with bootstrapped flags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientBootstrap(
        String projectApiKey,
        String apiHost,
        String distinctId,
        Map<String, Boolean> featureFlags,
        String flagsSecureKey) {

    public static ClientBootstrap from(PostHogSettings settings, String distinctId, Map<String, Boolean> flags) {
        // the flag-refresh web worker polls definitions itself between page loads
        return new ClientBootstrap(
                settings.projectApiKey(),
                settings.host(),
                distinctId,
                flags,
                settings.featureFlagsSecureKey());
    }
}
