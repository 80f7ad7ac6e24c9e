package com.tallowmere.cohortexport.dto;

import java.time.Instant;

public record CohortMember(long cohortId, String distinctId, String email, Instant joinedAt) {
}
