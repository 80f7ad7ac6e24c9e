package com.larkfield.flagrelay.stream;

import java.time.Instant;

/**
 * Published by the flag admin UI on {@code flag-changes}; {@code sessionId} is the numeric id of
 * the editing session in the admin UI, used to group related changes.
 */
public record FlagChangedEvent(
        String flagKey,
        boolean active,
        Integer rolloutPercentage,
        String changedBy,
        long sessionId,
        Instant changedAt) {
}
