package com.northwind.flagsync.messaging;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Published on the {@code flags} exchange whenever a flag definition changes in PostHog.
 * Consumers use {@code projectApiKey} to initialise posthog-js for the affected project.
 */
@Serdeable
public record FlagChangedEvent(String flagKey, boolean active, int version, String projectApiKey, Instant changedAt) {
}
