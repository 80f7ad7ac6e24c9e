package com.quillfern.flagdesk.dto;

/**
 * What the browser needs to initialise posthog-js.
 */
public record ClientConfigResponse(String projectApiKey, String apiHost, String personProfiles) {
}
