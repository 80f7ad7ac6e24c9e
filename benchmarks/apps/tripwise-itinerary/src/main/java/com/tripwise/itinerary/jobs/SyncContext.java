package com.tripwise.itinerary.jobs;

import java.time.Instant;

/** One run of the flag sync, handed to the cache and kept for /flags/diagnostics. */
public record SyncContext(long projectId, String personalApiKey, Instant startedAt, int attempt) {

  public SyncContext nextAttempt() {
    return new SyncContext(projectId, personalApiKey, startedAt, attempt + 1);
  }
}
