package com.northwind.flags.dto;

import java.time.Instant;

/**
 * Everything needed to pull the local-evaluation payload for one project.
 */
public record FlagSyncRequest(
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String etag,
        Instant requestedAt) {

    public String bearerHeader() {
        return "Bearer " + personalApiKey;
    }
}
