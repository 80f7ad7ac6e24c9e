package com.northwind.rollout.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by the release-train service (and by the CI webhook) when a flag's
 * rollout percentage should change. The approval token is the change-approval
 * credential issued by the release board and is stored for audit.
 */
public record RolloutCommand(
        UUID commandId,
        String projectId,
        String flagKey,
        int targetPercentage,
        String ruleExpression,
        String requestedBy,
        String approvalToken,
        Instant requestedAt) {
}
