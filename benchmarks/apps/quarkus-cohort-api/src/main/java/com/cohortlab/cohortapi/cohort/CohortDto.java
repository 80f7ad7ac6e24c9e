package com.cohortlab.cohortapi.cohort;

import java.time.Instant;

public record CohortDto(long id, long posthogId, String name, String description,
                        int personCount, boolean isStatic, Instant syncedAt) {

    public static CohortDto from(Cohort c) {
        return new CohortDto(c.id, c.posthogId, c.name, c.description, c.personCount, c.isStatic, c.syncedAt);
    }
}
