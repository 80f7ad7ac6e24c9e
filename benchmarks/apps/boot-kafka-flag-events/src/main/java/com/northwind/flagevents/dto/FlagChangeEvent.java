package com.northwind.flagevents.dto;

import java.time.Instant;

/**
 * Payload of the {@code posthog.flag-changes} topic (schema v3, mirrors flag_change.avsc).
 *
 * @param sessionId   numeric id of the admin session that made the change
 * @param actorToken  short-lived token of the actor, forwarded so consumers can call back
 */
public record FlagChangeEvent(
        String flagKey,
        boolean active,
        Integer rolloutPercentage,
        String changedBy,
        long sessionId,
        String actorToken,
        Instant changedAt) {

    public static FlagChangeEvent of(RemoteFlag flag, String changedBy, long sessionId, String actorToken) {
        return new FlagChangeEvent(flag.key(), flag.active(), flag.rolloutPercentage(),
                changedBy, sessionId, actorToken, Instant.now());
    }
}
