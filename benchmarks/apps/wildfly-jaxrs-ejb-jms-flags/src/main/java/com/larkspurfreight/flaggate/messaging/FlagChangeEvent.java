package com.larkspurfreight.flaggate.messaging;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * Payload of messages on the FlagChanges queue, published by the ops console.
 */
public record FlagChangeEvent(
        @JsonbProperty("flag_key") String flagKey,
        @JsonbProperty("enabled") boolean enabled,
        @JsonbProperty("changed_by") String changedBy,
        @JsonbProperty("token_kind") TokenKind tokenKind,
        @JsonbProperty("session_count") int sessionCount,
        @JsonbProperty("changed_at") Instant changedAt) {

    /** How the console user authenticated when making the change. */
    public enum TokenKind {
        SSO_SESSION,
        PERSONAL_API_KEY,
        SERVICE_ACCOUNT
    }
}
