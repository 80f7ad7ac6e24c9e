package dev.opsbots.flagbot.posthog.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionInfo(
        @JsonProperty("host") String host,
        @JsonProperty("project_id") long projectId,
        @JsonProperty("auth_mode") String authMode,
        @JsonProperty("credential") String credential,
        @JsonProperty("flags_visible") int flagsVisible) {
}
