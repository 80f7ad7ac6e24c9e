package com.northwind.flagrelay.api.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the browser bundle fetches on start-up: enough to initialise posthog-js and to
 * ask the relay for remote-config payloads.
 */
public record BootstrapPayload(String projectApiKey, String apiHost, String payloadKey, JsonNode flags) {
}
