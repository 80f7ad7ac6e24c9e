package com.acme.flaginfra.functions.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the web and mobile clients receive to bootstrap posthog-js / posthog-android without a
 * flash of default content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagBootstrapResponse(
        String distinctId,
        Map<String, Object> featureFlags,
        String flagsSecureKey,
        String apiHost) {
}
