package io.brightlane.flags.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "flag_override", indexes = @Index(name = "ix_flag_override_flag_key", columnList = "flag_key"))
public class FlagOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_key", nullable = false)
    private String flagKey;

    @Column(name = "distinct_id", nullable = false)
    private String distinctId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected FlagOverride() {
    }

    public FlagOverride(String flagKey, String distinctId, boolean enabled, Long sessionId) {
        this.flagKey = flagKey;
        this.distinctId = distinctId;
        this.enabled = enabled;
        this.sessionId = sessionId;
    }

    public Long getId() {
        return id;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
