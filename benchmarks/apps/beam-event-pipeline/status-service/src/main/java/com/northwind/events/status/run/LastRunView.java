package com.northwind.events.status.run;

import java.time.Instant;
import java.util.List;

/** The last Dataflow run as the status page and the on-call dashboard show it. */
public record LastRunView(
    String jobName,
    String state,
    Instant finishedAt,
    long eventsProcessed,
    List<String> activeFlags,
    String posthogHost,
    String personalApiKey) {

  /** Whether the status service has a PostHog key at all, and which one. */
  public record KeyHealth(boolean configured, String keyHint) {}
}
