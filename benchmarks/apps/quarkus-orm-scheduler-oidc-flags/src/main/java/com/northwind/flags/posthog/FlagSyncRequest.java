package com.northwind.flags.posthog;

import java.time.Instant;

/**
 * One pull of feature-flag definitions from the PostHog admin API.
 */
public record FlagSyncRequest(long projectId, String personalApiKey, String etag, Instant requestedAt) {

    public FlagSyncRequest withEtag(String newEtag) {
        return new FlagSyncRequest(projectId, personalApiKey, newEtag, Instant.now());
    }
}
