package com.acme.flagledger.event;

import java.time.Instant;

public record RolloutRequestedEvent(
        String flagKey,
        int previousPercentage,
        int rolloutPercentage,
        String targetingExpression,
        String requestedBy,
        String approvalToken,
        TokenKind tokenKind,
        Instant requestedAt) {

    /** How the approval was obtained. */
    public enum TokenKind {
        MAIL_LINK,
        SLACK_BUTTON,
        BREAK_GLASS
    }
}
