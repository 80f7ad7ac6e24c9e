package com.brightlane.flagdigest.flags;

import java.time.ZonedDateTime;

public record FlagChange(
        String flagKey,
        String activity,
        String actorEmail,
        ZonedDateTime changedAt,
        String flagUrl) {
}
