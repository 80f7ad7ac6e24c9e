package com.northwind.flagsync.sync;

import java.time.Instant;

/**
 * Everything a single sync run needs to talk to PostHog.
 */
public record SyncContext(String projectId,
                          String personalApiKey,
                          TokenType tokenType,
                          Instant startedAt) {

    public String bearer() {
        return "Bearer " + personalApiKey;
    }
}
