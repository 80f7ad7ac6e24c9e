package com.northwind.cohortbridge.messaging;

import java.time.Instant;

/**
 * A "user entered/left segment" event published by the web shop on the
 * {@code segment-events} Kafka topic. The shop forwards the browser session so that the
 * CRM can stitch the visit to the person.
 */
public record SegmentEvent(
        String distinctId,
        long cohortId,
        Action action,
        String sessionToken,
        Instant occurredAt) {

    public enum Action {
        ENTERED,
        LEFT
    }
}
