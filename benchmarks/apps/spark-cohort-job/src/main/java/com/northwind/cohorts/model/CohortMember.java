package com.northwind.cohorts.model;

import java.io.Serializable;
import java.time.Instant;

/** One member of an exported cohort, as sent to PostHog. */
public record CohortMember(String distinctId, String cohortId, long sessionId, long eventCount, Instant lastSeen)
        implements Serializable {
}
