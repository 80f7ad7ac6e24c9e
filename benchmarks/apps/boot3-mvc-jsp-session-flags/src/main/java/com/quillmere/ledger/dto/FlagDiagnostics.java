package com.quillmere.ledger.dto;

import java.time.Instant;

/** Snapshot shown on the admin "Flags health" page. */
public record FlagDiagnostics(
        String host,
        String localEvaluationKey,
        Instant lastSync,
        int flagCount) {
}
