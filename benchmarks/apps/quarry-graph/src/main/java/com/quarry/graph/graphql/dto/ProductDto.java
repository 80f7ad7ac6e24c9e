package com.quarry.graph.graphql.dto;

public record ProductDto(String id, String name, String category, int priceCents) {

    public record Input(String name, String category, int priceCents) {
    }

    /** Public analytics settings for the storefront bundle. */
    public record AnalyticsConfig(String projectKey, String host) {
    }

    public record FlagDiagnostics(String host, boolean localEvaluation, int pollIntervalSeconds, String evaluationKey) {
    }
}
