package dev.northwind.flagops.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagDefinition(
        @JsonProperty("id") Long id,
        @JsonProperty("key") String key,
        @JsonProperty("name") String name,
        @JsonProperty("active") boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_at") OffsetDateTime createdAt) {

    public FlagDefinition withId(Long newId) {
        return new FlagDefinition(newId, key, name, active, rolloutPercentage, createdAt);
    }

    public boolean differsFrom(FlagDefinition remote) {
        return active != remote.active()
                || !java.util.Objects.equals(rolloutPercentage, remote.rolloutPercentage())
                || !java.util.Objects.equals(name, remote.name());
    }
}
