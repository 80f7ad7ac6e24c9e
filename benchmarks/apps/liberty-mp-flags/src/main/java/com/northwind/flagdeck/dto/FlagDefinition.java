package com.northwind.flagdeck.dto;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

public record FlagDefinition(
        long id,
        String key,
        String name,
        boolean active,
        @JsonbProperty("rollout_percentage") Integer rolloutPercentage,
        List<String> tags) {
}
