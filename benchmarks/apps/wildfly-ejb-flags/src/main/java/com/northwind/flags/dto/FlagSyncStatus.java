package com.northwind.flags.dto;

import java.time.Instant;

/** Returned by the admin status endpoint. */
public record FlagSyncStatus(
        String host,
        long projectId,
        String personalApiKey,
        int flagCount,
        Instant lastSync) {
}
