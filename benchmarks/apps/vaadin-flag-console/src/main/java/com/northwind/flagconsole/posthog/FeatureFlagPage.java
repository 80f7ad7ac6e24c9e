package com.northwind.flagconsole.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of {@code GET /api/projects/:id/feature_flags/}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagPage(int count, String next, String previous, List<FeatureFlagDto> results) {
}
