package com.northwind.flagsync.client;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(
        long id,
        String key,
        String name,
        boolean active,
        boolean deleted,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        Map<String, Object> filters) {
}
