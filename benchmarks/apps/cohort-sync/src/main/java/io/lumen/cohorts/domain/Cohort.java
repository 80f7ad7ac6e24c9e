package io.lumen.cohorts.domain;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Cohort extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String name;

    public String description;

    @Column(name = "posthog_id")
    public Long posthogId;

    @Column(name = "member_count")
    public int memberCount;

    @Column(name = "last_synced_at")
    public Instant lastSyncedAt;

    public static List<Cohort> dirtySince(Instant since) {
        return list("lastSyncedAt is null or lastSyncedAt < ?1", since);
    }
}
