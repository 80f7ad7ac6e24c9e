package com.northwind.flags.posthog;

public record FlagRolloutResult(
        String flagKey,
        int rolloutPercentage,
        boolean active,
        String apiHost,
        String authToken) {
}
