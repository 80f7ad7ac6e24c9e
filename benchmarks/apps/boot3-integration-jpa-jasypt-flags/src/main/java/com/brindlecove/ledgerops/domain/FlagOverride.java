package com.brindlecove.ledgerops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@Table(name = "flag_override")
@EntityListeners(AuditingEntityListener.class)
public class FlagOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_key", nullable = false, length = 200)
    private String flagKey;

    @Column(name = "distinct_id", nullable = false)
    private String distinctId;

    @Column(name = "variant")
    private String variant;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "reason", length = 500)
    private String reason;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @CreatedDate
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @LastModifiedBy
    @Column(name = "updated_by")
    private String updatedBy;

    @LastModifiedDate
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected FlagOverride() {
    }

    public FlagOverride(String flagKey, String distinctId, String variant, boolean enabled, String reason) {
        this.flagKey = flagKey;
        this.distinctId = distinctId;
        this.variant = variant;
        this.enabled = enabled;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public String getFlagKey() { return flagKey; }
    public String getDistinctId() { return distinctId; }
    public String getVariant() { return variant; }
    public boolean isEnabled() { return enabled; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }

    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setVariant(String variant) { this.variant = variant; }
    public void setReason(String reason) { this.reason = reason; }
}
