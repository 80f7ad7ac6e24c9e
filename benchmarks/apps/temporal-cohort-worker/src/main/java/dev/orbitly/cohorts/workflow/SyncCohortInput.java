package dev.orbitly.cohorts.workflow;

/**
 * Workflow input, started by the partner portal: which cohort to push, where to, and the
 * partner's webhook signing secret.
 */
public record SyncCohortInput(String cohortId, String partnerId, String destination, String webhookSecret,
                              boolean archive) {
}
