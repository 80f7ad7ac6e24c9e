package com.northwind.flags.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.List;

/**
 * A per-tenant override of a PostHog feature flag, applied before PostHog's own evaluation.
 */
@Entity
@Table(name = "flag_override", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "flag_key"}))
public class FlagOverride extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Tenant tenant;

    @Column(name = "flag_key", nullable = false)
    public String flagKey;

    public String variant;

    public boolean enabled;

    public String updatedBy;

    public Instant updatedAt;

    public static Uni<List<FlagOverride>> forTenant(String slug) {
        return list("tenant.slug", Sort.by("flagKey"), slug);
    }

    public static Uni<FlagOverride> upsert(Tenant tenant, String flagKey, String variant, boolean enabled, String actor) {
        return FlagOverride.<FlagOverride>find("tenant = ?1 and flagKey = ?2", tenant, flagKey)
                .firstResult()
                .map(existing -> existing != null ? existing : newOverride(tenant, flagKey))
                .flatMap(override -> {
                    override.variant = variant;
                    override.enabled = enabled;
                    override.updatedBy = actor;
                    override.updatedAt = Instant.now();
                    return override.<FlagOverride>persist();
                });
    }

    private static FlagOverride newOverride(Tenant tenant, String flagKey) {
        FlagOverride override = new FlagOverride();
        override.tenant = tenant;
        override.flagKey = flagKey;
        return override;
    }
}
