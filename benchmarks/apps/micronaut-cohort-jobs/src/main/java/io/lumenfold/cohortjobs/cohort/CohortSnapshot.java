package io.lumenfold.cohortjobs.cohort;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
@MappedEntity("cohort_snapshot")
public record CohortSnapshot(
        @Id @GeneratedValue Long id,
        long cohortId,
        String name,
        int personCount,
        String keyFingerprint,
        @DateCreated Instant capturedAt) {

    public static CohortSnapshot of(long cohortId, String name, int personCount, String keyFingerprint) {
        return new CohortSnapshot(null, cohortId, name, personCount, keyFingerprint, null);
    }
}
