package com.northwind.onboarding.web.dto;

import com.northwind.onboarding.config.PostHogProperties;

/**
 * Everything the back-office SPA needs to start posthog-js and evaluate flags locally
 * without waiting for the /flags round trip.
 */
public record FlagBootstrapResponse(
        String apiHost,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds) {

    public static FlagBootstrapResponse from(PostHogProperties properties) {
        return new FlagBootstrapResponse(
                properties.getHost(),
                properties.getProjectApiKey(),
                properties.getPersonalApiKey(),
                properties.getPollIntervalSeconds());
    }
}
