package io.northwind.flaggate.model;

/**
 * A feature flag as defined in PostHog, trimmed to what the gateway exposes.
 */
public record FlagDefinition(int id, String key, String name, boolean active, int rolloutPercentage) {
}
