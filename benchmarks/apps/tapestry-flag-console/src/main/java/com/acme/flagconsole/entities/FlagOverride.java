package com.acme.flagconsole.entities;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

import org.apache.tapestry5.beaneditor.NonVisual;
import org.apache.tapestry5.beaneditor.Validate;

@Entity
@Table(name = "flag_override", uniqueConstraints = @UniqueConstraint(columnNames = { "flag_key", "distinct_id" }))
public class FlagOverride
{
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonVisual
    private Long id;

    @Validate("required,maxlength=120")
    @Column(name = "flag_key", nullable = false, length = 120)
    private String flagKey;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 60)
    private String variant;

    @Column(name = "distinct_id", length = 200)
    private String distinctId;

    @NonVisual
    @Column(name = "console_session_id")
    private Long sessionId;

    @NonVisual
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at")
    private Date updatedAt;

    public Long getId()
    {
        return id;
    }

    public String getFlagKey()
    {
        return flagKey;
    }

    public void setFlagKey(String flagKey)
    {
        this.flagKey = flagKey;
    }

    public boolean isEnabled()
    {
        return enabled;
    }

    public void setEnabled(boolean enabled)
    {
        this.enabled = enabled;
    }

    public String getVariant()
    {
        return variant;
    }

    public void setVariant(String variant)
    {
        this.variant = variant;
    }

    public String getDistinctId()
    {
        return distinctId;
    }

    public void setDistinctId(String distinctId)
    {
        this.distinctId = distinctId;
    }

    public Long getSessionId()
    {
        return sessionId;
    }

    public void setSessionId(Long sessionId)
    {
        this.sessionId = sessionId;
    }

    public Date getUpdatedAt()
    {
        return updatedAt;
    }

    public void setUpdatedAt(Date updatedAt)
    {
        this.updatedAt = updatedAt;
    }
}
