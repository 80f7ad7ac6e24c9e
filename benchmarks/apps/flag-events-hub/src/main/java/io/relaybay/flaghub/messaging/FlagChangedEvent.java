package io.relaybay.flaghub.messaging;

import java.time.Instant;

/** A flag change published by the flag-admin service on the flags exchange. */
public record FlagChangedEvent(String flagKey, boolean active, int rolloutPercentage, String changedBy,
                               Instant changedAt) {
}
