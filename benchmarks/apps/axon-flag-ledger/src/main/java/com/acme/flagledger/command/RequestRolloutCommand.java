package com.acme.flagledger.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the ledger of one feature flag to record a new rollout percentage.
 * {@code approvalToken} is the one-time token the release manager got by mail.
 */
public record RequestRolloutCommand(
        @TargetAggregateIdentifier String flagKey,
        int rolloutPercentage,
        String targetingExpression,
        String requestedBy,
        String approvalToken) {
}
