package com.acme.flags.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * What the web and mobile clients receive at start-up to initialise their PostHog SDK.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BootstrapResponse(
        String projectApiKey,
        String apiHost,
        Map<String, Object> featureFlags,
        String localEvaluationKey) {
}
