package com.northwind.flagsync.kafka;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Published by the admin gateway on {@code posthog.flag-changes} whenever someone edits a flag.
 * The session token is forwarded so the audit trail can be joined with the gateway's web session.
 */
@Serdeable
public record FlagChangeEvent(
        String flagKey,
        String action,
        @Nullable String actorEmail,
        @Nullable String actorSessionToken,
        @Nullable String rule,
        Instant occurredAt) {
}
