package com.brightlane.flagsfn.flags;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * Handed to posthog-js as {@code posthog.init(apiKey, { api_host, bootstrap: {...} })}
 * so the first page render already has the flag values.
 */
@Serdeable
public record BootstrapPayload(
        String distinctId,
        String apiHost,
        String apiKey,
        Map<String, Object> featureFlags) {
}
