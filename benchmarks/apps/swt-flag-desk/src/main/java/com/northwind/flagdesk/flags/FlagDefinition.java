package com.northwind.flagdesk.flags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One feature flag as listed by {@code /api/projects/{id}/feature_flags/}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(
    long id,
    String key,
    String name,
    boolean active,
    @JsonProperty("rollout_percentage") Integer rolloutPercentage,
    @JsonProperty("created_by") String createdBy) {

  public String rolloutLabel() {
    return rolloutPercentage == null ? "conditions" : rolloutPercentage + " %";
  }
}
