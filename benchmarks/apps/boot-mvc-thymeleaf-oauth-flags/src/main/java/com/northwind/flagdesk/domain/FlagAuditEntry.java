package com.northwind.flagdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "flag_audit")
public class FlagAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_id")
    private Long flagId;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Action action;

    @Column(name = "flag_count")
    private Integer flagCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FlagAuditEntry() {
    }

    private FlagAuditEntry(Long flagId, String actor, Action action, Integer flagCount) {
        this.flagId = flagId;
        this.actor = actor;
        this.action = action;
        this.flagCount = flagCount;
        this.createdAt = Instant.now();
    }

    public static FlagAuditEntry opened(long flagId, String actor) {
        return new FlagAuditEntry(flagId, actor, Action.OPENED_IN_POSTHOG, null);
    }

    public static FlagAuditEntry synced(int flagCount) {
        return new FlagAuditEntry(null, "scheduler", Action.SYNCED, flagCount);
    }

    public static FlagAuditEntry tokenRefreshed() {
        return new FlagAuditEntry(null, "scheduler", Action.OAUTH_TOKEN_REFRESHED, null);
    }

    public Long getId() {
        return id;
    }

    public Long getFlagId() {
        return flagId;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public Integer getFlagCount() {
        return flagCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "FlagAuditEntry{id=" + id + ", flagId=" + flagId + ", actor='" + actor + "', action=" + action
                + ", createdAt=" + createdAt + '}';
    }

    public enum Action {
        OPENED_IN_POSTHOG,
        SYNCED,
        OAUTH_TOKEN_REFRESHED
    }
}
