package com.northwind.flagsync.messaging;

import java.time.Instant;

/**
 * Payload published by the PostHog webhook relay whenever a feature flag is created,
 * updated or deleted. {@code callbackToken} lets us acknowledge the change back to the relay.
 */
public record FlagChangeEvent(
        String flagKey,
        long projectId,
        String action,
        String changedBy,
        Instant changedAt,
        String callbackToken) {
}
