package io.northwind.flags.api.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** One flag of the local-evaluation payload. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(
        long id,
        String key,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        Map<String, Object> filters,
        @JsonProperty("ensure_experience_continuity") boolean ensureExperienceContinuity) {

    public enum Kind { BOOLEAN, MULTIVARIATE, REMOTE_CONFIG }

    public Kind kind() {
        Object multivariate = filters == null ? null : filters.get("multivariate");
        return multivariate == null ? Kind.BOOLEAN : Kind.MULTIVARIATE;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocalEvaluationResponse(
            List<FlagDefinition> flags,
            @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping,
            Map<String, Object> cohorts) {
    }
}
