package com.harbourline.flagrelay.messaging;

import java.time.Instant;

public record FlagEvaluationResult(String distinctId,
                                   String flagKey,
                                   long sessionId,
                                   Object value,
                                   boolean evaluated,
                                   Instant evaluatedAt) {

    public static FlagEvaluationResult of(FlagEvaluationRequest request, Object value) {
        return new FlagEvaluationResult(request.distinctId(), request.flagKey(), request.sessionId(),
                value, true, Instant.now());
    }

    public static FlagEvaluationResult notEvaluated(FlagEvaluationRequest request) {
        return new FlagEvaluationResult(request.distinctId(), request.flagKey(), request.sessionId(),
                null, false, Instant.now());
    }
}
