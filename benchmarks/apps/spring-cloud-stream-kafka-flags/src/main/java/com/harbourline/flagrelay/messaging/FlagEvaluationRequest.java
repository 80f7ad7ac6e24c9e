package com.harbourline.flagrelay.messaging;

import java.util.Map;

/**
 * Payload on {@code flags.evaluation.requests}. {@code sessionId} is the producer's numeric
 * checkout-session sequence, used only to correlate the result.
 */
public record FlagEvaluationRequest(String distinctId,
                                    String flagKey,
                                    long sessionId,
                                    Map<String, Object> personProperties) {
}
