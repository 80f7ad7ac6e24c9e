package com.northwind.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "flag_evaluation", indexes = @Index(name = "ix_flag_evaluation_session", columnList = "session_id"))
public class FlagEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Process instance key of the onboarding run. */
    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "distinct_id", nullable = false)
    private String distinctId;

    @Column(name = "flag_key", nullable = false, length = 120)
    private String flagKey;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 120)
    private String variant;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected FlagEvaluation() {
    }

    public FlagEvaluation(Long sessionId, String distinctId, String flagKey, boolean enabled, String variant) {
        this.sessionId = sessionId;
        this.distinctId = distinctId;
        this.flagKey = flagKey;
        this.enabled = enabled;
        this.variant = variant;
        this.evaluatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getVariant() {
        return variant;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    @Override
    public String toString() {
        return "FlagEvaluation{id=" + id + ", sessionId=" + sessionId + ", flagKey='" + flagKey
                + "', enabled=" + enabled + ", variant='" + variant + "'}";
    }
}
