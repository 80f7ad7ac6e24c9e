package com.northwind.flags.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Returned to the iOS/Android apps at launch so they can initialise the PostHog SDK.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientBootstrap(
        String projectApiKey,
        String apiHost,
        String flagsSecureKey,
        Map<String, Object> featureFlags) {
}
