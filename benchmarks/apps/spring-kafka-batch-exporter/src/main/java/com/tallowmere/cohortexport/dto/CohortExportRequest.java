package com.tallowmere.cohortexport.dto;

import java.time.Instant;

/**
 * Payload of {@code analytics.cohort-export.requests}. The caller's export token travels
 * as the {@code x-export-token} Kafka header, never in the payload.
 */
public record CohortExportRequest(
        long cohortId,
        String cohortName,
        String requestedBy,
        TokenType tokenType,
        long sessionId,
        Instant requestedAt) {

    /** Which kind of credential the producer attached as the x-export-token header. */
    public enum TokenType {
        SERVICE,
        USER_DELEGATED,
        NONE
    }
}
