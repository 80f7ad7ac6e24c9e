package com.northwindlabs.secretflags.admin;

import java.time.Instant;

public record FlagAdminStatus(
        String projectApiKey,
        String host,
        String localEvaluationKey,
        boolean localEvaluation,
        int flagCount,
        int activeFlagCount,
        Instant generatedAt) {
}
