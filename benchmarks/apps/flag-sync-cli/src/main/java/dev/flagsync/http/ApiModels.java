package dev.flagsync.http;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Records for the parts of the PostHog private API that flagsync reads.
 */
public final class ApiModels {

    private ApiModels() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureFlag(
            Long id,
            String key,
            String name,
            boolean active,
            List<String> tags,
            Map<String, Object> filters,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagList(int count, String next, List<FeatureFlag> results) {
    }

    /** {@code GET /api/projects/{id}/}; {@code api_token} is the public phc_ project token. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(long id, String name, @JsonProperty("api_token") String apiToken) {
    }

    /** {@code GET /api/users/@me/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Me(String email, @JsonProperty("first_name") String firstName) {
    }
}
