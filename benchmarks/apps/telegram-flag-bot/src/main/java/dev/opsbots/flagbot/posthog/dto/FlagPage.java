package dev.opsbots.flagbot.posthog.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagPage(int count, String next, String previous, List<FeatureFlagDto> results) {

    public record ActivePatch(boolean active) {
    }
}
