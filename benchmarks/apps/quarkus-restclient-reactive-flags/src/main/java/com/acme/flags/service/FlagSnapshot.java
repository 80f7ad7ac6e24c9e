package com.acme.flags.service;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Result of evaluating one flag for one user. Returned as JSON by the flags API.
 */
public record FlagSnapshot(
        String flagKey,
        String distinctId,
        boolean enabled,
        Object payload,
        Instant evaluatedAt,
        @JsonIgnore String evaluatedWithKey) {

    @Override
    public String toString() {
        return "FlagSnapshot{flag=" + flagKey
                + ", distinctId=" + distinctId
                + ", enabled=" + enabled
                + ", evaluatedAt=" + evaluatedAt
                + ", key=" + evaluatedWithKey + '}';
    }
}
