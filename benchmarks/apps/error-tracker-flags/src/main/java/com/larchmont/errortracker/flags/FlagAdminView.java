package com.larchmont.errortracker.flags;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.larchmont.errortracker.config.PostHogSettings;

public record FlagAdminView(
        @JsonProperty("host") String host,
        @JsonProperty("projectId") long projectId,
        @JsonProperty("projectApiKey") String projectApiKey,
        @JsonProperty("adminApiKey") String adminApiKey,
        @JsonProperty("localEvaluation") boolean localEvaluation,
        @JsonProperty("pollIntervalSeconds") int pollIntervalSeconds) {

    public static FlagAdminView from(PostHogSettings settings) {
        return new FlagAdminView(
                settings.getHost(),
                settings.getProjectId(),
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.getFeatureFlagsSecureKey() != null,
                FlagKeys.LOCAL_EVALUATION_POLL_SECONDS);
    }
}
