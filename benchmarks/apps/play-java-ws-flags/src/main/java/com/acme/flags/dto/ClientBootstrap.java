package com.acme.flags.dto;

import java.util.Map;

/**
 * Everything posthog-js needs to start without a network round trip
 * ({@code posthog.init(apiKey, {bootstrap: ...})}).
 *
 * @param remoteConfigKey used by the SPA to decrypt remote-config flag payloads
 */
public record ClientBootstrap(
        String apiKey,
        String apiHost,
        String distinctId,
        Map<String, Boolean> featureFlags,
        String remoteConfigKey) {
}
