package com.northwind.flagconsole.web;

import com.northwind.flagconsole.config.PostHogProperties;

/**
 * Snapshot of the PostHog wiring, served to the ops runbook page so on-call
 * can check which project and credentials a running instance picked up.
 */
public record PostHogStatus(
        String host,
        Long projectId,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation,
        int pollIntervalSeconds) {

    public static PostHogStatus from(PostHogProperties properties) {
        return new PostHogStatus(
                properties.host(),
                properties.projectId(),
                properties.projectApiKey(),
                properties.personalApiKey(),
                properties.localEvaluationEnabled(),
                properties.pollIntervalSeconds());
    }
}
