package com.brightfjord.flagsync.web.dto;

import java.time.Instant;

/**
 * Diagnostics payload for the admin console.
 */
public record FlagSyncStatus(
        String host,
        long projectId,
        int flagCount,
        Instant lastSuccessfulPoll,
        String personalApiKey,
        String keyHint) {
}
