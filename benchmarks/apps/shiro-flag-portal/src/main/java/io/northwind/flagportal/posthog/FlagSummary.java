package io.northwind.flagportal.posthog;

/** One feature flag as the dashboard lists it. */
public record FlagSummary(long id, String key, boolean active, int rolloutPercentage) {
}
