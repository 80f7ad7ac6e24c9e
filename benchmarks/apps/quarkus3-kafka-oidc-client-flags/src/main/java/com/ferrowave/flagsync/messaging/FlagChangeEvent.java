package com.ferrowave.flagsync.messaging;

import java.time.Instant;

/**
 * Payload of the flags.change-requests topic, published by the admin portal and CI pipelines.
 */
public record FlagChangeEvent(
        String flagKey,
        long flagId,
        boolean active,
        String actorId,
        long sessionId,
        TokenKind tokenKind,
        String actorAccessToken,
        Instant requestedAt) {

    /** How the requester authenticated to the portal. */
    public enum TokenKind {
        USER_SESSION,
        SERVICE_ACCOUNT,
        CI_PIPELINE
    }
}
