package com.cohortlab.cohortapi.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "cohort")
public class Cohort extends PanacheEntity {

    @Column(name = "posthog_id", nullable = false, unique = true)
    public long posthogId;

    @Column(nullable = false)
    public String name;

    @Column(length = 2000)
    public String description;

    @Column(name = "person_count")
    public int personCount;

    @Column(name = "is_static")
    public boolean isStatic;

    @Column(name = "synced_at")
    public Instant syncedAt;

    public static Optional<Cohort> findByPosthogId(long posthogId) {
        return find("posthogId", posthogId).firstResultOptional();
    }

    public static List<Cohort> largerThan(int minPersons) {
        return list("personCount >= ?1 order by personCount desc", minPersons);
    }
}
