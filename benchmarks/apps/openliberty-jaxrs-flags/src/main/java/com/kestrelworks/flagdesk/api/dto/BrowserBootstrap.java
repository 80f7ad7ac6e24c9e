package com.kestrelworks.flagdesk.api.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Payload consumed by posthog-js in the single-page app.
 */
public record BrowserBootstrap(
        @JsonbProperty("api_key") String projectApiKey,
        @JsonbProperty("api_host") String apiHost,
        @JsonbProperty("flags_secure_key") String flagsSecureKey,
        @JsonbProperty("personal_key_hint") String personalKeyHint) {
}
