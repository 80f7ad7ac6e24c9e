package com.northwind.flags.domain.model;

import lombok.Builder;
import lombok.Value;

import java.time.Instant;

/**
 * The outcome of evaluating one flag for one distinct id.
 */
@Value
@Builder(toBuilder = true)
public class FlagEvaluation {

    public enum EvaluationSource { LOCAL, REMOTE, FALLBACK }

    String flagKey;
    String distinctId;
    boolean enabled;
    String variant;
    Object payload;
    EvaluationSource source;
    Instant evaluatedAt;

    public static FlagEvaluation fallback(String distinctId, String flagKey) {
        return FlagEvaluation.builder()
                .flagKey(flagKey)
                .distinctId(distinctId)
                .enabled(false)
                .source(EvaluationSource.FALLBACK)
                .evaluatedAt(Instant.now())
                .build();
    }
}
