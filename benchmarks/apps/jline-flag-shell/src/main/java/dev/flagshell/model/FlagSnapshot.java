package dev.flagshell.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagSnapshot(
        @JsonProperty("project_id") long projectId,
        @JsonProperty("host") String host,
        @JsonProperty("api_key") String apiKey,
        @JsonProperty("secure_key") String secureKey,
        @JsonProperty("flags") List<Flag> flags,
        @JsonProperty("fetched_at") Instant fetchedAt) {

    public record Flag(
            @JsonProperty("key") String key,
            @JsonProperty("active") boolean active,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    public static FlagSnapshot of(ProjectSession session, String secureKey, List<Flag> flags) {
        return new FlagSnapshot(session.projectId(), session.host(), session.projectKey(),
                secureKey, flags, Instant.now());
    }
}
