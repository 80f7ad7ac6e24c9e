package com.northwind.flagsync.web;

import java.time.Instant;

public record SyncStatusView(
        String projectId,
        String host,
        boolean localEvaluation,
        String evaluationKey,
        Instant lastSync,
        int flagsUpdated) {
}
