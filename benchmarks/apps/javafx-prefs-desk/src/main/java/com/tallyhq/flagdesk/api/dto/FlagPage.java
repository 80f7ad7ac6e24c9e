package com.tallyhq.flagdesk.api.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagPage(int count, String next, String previous, List<FeatureFlagDto> results) {
}
