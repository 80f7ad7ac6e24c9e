package com.kestrelworks.flagdesk.api.dto;

public record DiagnosticsView(
        String host,
        long projectId,
        int pollIntervalSeconds,
        String personalApiKey,
        boolean localEvaluation) {
}
