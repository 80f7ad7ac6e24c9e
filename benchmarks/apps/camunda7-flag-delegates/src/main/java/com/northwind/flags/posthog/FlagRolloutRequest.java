package com.northwind.flags.posthog;

/**
 * Everything a delegate needs to patch one flag. Built from process variables plus the
 * configured credentials.
 */
public record FlagRolloutRequest(
        long projectId,
        String flagKey,
        int rolloutPercentage,
        String requestedBy,
        String personalApiKey) {
}
