package com.brightloop.flagapi.model;

import java.time.Instant;

public record FlagEvaluation(String flag,
                             String distinctId,
                             boolean enabled,
                             String variant,
                             Instant evaluatedAt) {
}
