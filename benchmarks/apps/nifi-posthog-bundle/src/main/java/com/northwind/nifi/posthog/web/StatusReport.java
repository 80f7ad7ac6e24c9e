package com.northwind.nifi.posthog.web;

import java.time.Instant;

/**
 * Body of {@code GET /posthog/status}.
 *
 * @param localEvaluationKey key the flag poller uses; added while debugging 401s from the poller
 */
public record StatusReport(
        String bundleVersion,
        String host,
        boolean localEvaluation,
        String personalKeyHint,
        String localEvaluationKey,
        Instant generatedAt) {
}
