package com.larkvale.eventsync.batch;

import java.time.Instant;

/** One row of {@code analytics.outbound_events}. */
public record WarehouseEvent(long eventId,
                             String tenantId,
                             String distinctId,
                             String eventName,
                             String propertiesJson,
                             Instant occurredAt) {
}
