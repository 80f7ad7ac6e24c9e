package io.northwind.flags.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * A per-user override that wins over PostHog's evaluation (support escalations, QA accounts).
 */
@Entity
@Table(name = "flag_override",
       uniqueConstraints = @UniqueConstraint(columnNames = {"flag_key", "distinct_id"}))
@NamedQuery(name = "FlagOverride.byFlagAndUser",
            query = "select o from FlagOverride o where o.flagKey = :flagKey and o.distinctId = :distinctId")
public class FlagOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_key", nullable = false, length = 200)
    private String flagKey;

    @Column(name = "distinct_id", nullable = false, length = 200)
    private String distinctId;

    @Column(nullable = false)
    private boolean enabled;

    /** Optional targeting expression, e.g. {@code plan in ("pro", "team")}. */
    @Column(name = "rule_expression", length = 1000)
    private String ruleExpression;

    /** Numeric id of the admin-console session that created the override (audit). */
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected FlagOverride() {
    }

    public FlagOverride(String flagKey, String distinctId, boolean enabled, String ruleExpression, Long sessionId) {
        this.flagKey = flagKey;
        this.distinctId = distinctId;
        this.enabled = enabled;
        this.ruleExpression = ruleExpression;
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

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getRuleExpression() {
        return ruleExpression;
    }

    public void setRuleExpression(String ruleExpression) {
        this.ruleExpression = ruleExpression;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
