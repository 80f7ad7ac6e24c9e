package io.lumen.flags.dto;

import java.util.Map;

/** Handed to the web app on start-up so posthog-js can initialise without a round trip. */
public record ClientBootstrap(String apiKey, String apiHost, Map<String, Object> featureFlags) {
}
