package com.northwind.flagdeck.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * What the admin SPA needs to start posthog-js and evaluate flags in the browser.
 */
public record ClientBootstrap(
        @JsonbProperty("api_key") String projectKey,
        @JsonbProperty("flags_key") String flagsKey,
        @JsonbProperty("api_host") String host) {
}
