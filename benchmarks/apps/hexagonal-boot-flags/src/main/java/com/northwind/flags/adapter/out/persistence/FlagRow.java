package com.northwind.flags.adapter.out.persistence;

import lombok.Builder;
import lombok.Value;
import lombok.With;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Value
@Builder
@With
@Table("feature_flag")
public class FlagRow {

    @Id
    Long id;

    @Column("flag_key")
    String flagKey;

    String name;

    boolean active;

    @Column("rollout_percentage")
    int rolloutPercentage;

    @Column("synced_at")
    Instant syncedAt;

    @Version
    Integer version;
}
