package com.acme.posthog.admin.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Session handed to the internal flag-override toolbar, which lets QA flip flags from the page
 * they are testing.
 */
public record ToolbarSession(
        @JsonProperty("project_id") long projectId,
        @JsonProperty("api_host") String apiHost,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_at") Instant expiresAt) {
}
