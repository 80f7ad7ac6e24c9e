package com.northwind.flags.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagPage(int count, String next, List<FeatureFlagDto> results) {
}
