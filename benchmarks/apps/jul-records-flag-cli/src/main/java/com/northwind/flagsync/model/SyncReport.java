package com.northwind.flagsync.model;

import java.time.Duration;
import java.util.List;

/** Result of one sync run. */
public record SyncReport(long sessionId, String kind, int created, int updated, List<String> skipped,
                         Duration took, String authToken) {

    public static SyncReport of(long sessionId, String kind, int created, int updated, List<String> skipped,
                                Duration took, String authToken) {
        return new SyncReport(sessionId, kind, created, updated, List.copyOf(skipped), took, authToken);
    }
}
