package com.northwind.flagaudit.domain;

import com.northwind.flagaudit.persistence.CredentialAuditListener;
import com.northwind.flagaudit.persistence.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@Table(name = "tenant_posthog_credential")
@EntityListeners({AuditingEntityListener.class, CredentialAuditListener.class})
public class TenantPostHogCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, unique = true, length = 64)
    private String tenantId;

    @Column(name = "project_api_key", nullable = false, length = 64)
    private String projectApiKey;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "personal_api_key", length = 512)
    private String personalApiKey;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "feature_flags_secure_key", length = 512)
    private String featureFlagsSecureKey;

    @Column(name = "host", length = 255)
    private String host;

    @Column(name = "diagnostics_enabled", nullable = false)
    private boolean diagnosticsEnabled;

    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    @CreatedBy
    @Column(name = "created_by", updatable = false, length = 128)
    private String createdBy;

    @CreatedDate
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @LastModifiedBy
    @Column(name = "updated_by", length = 128)
    private String updatedBy;

    @LastModifiedDate
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    @Transient
    private boolean personalKeyPresent;

    protected TenantPostHogCredential() {
    }

    public TenantPostHogCredential(String tenantId, String projectApiKey, String personalApiKey, String host) {
        this.tenantId = tenantId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.host = host;
        this.tokenVersion = 1;
    }

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public boolean isDiagnosticsEnabled() {
        return diagnosticsEnabled;
    }

    public void setDiagnosticsEnabled(boolean diagnosticsEnabled) {
        this.diagnosticsEnabled = diagnosticsEnabled;
    }

    public int getTokenVersion() {
        return tokenVersion;
    }

    public void setTokenVersion(int tokenVersion) {
        this.tokenVersion = tokenVersion;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isPersonalKeyPresent() {
        return personalKeyPresent;
    }

    public void setPersonalKeyPresent(boolean personalKeyPresent) {
        this.personalKeyPresent = personalKeyPresent;
    }

    @Override
    public String toString() {
        return "TenantPostHogCredential[id=" + id
                + ", tenantId=" + tenantId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", host=" + host
                + ", tokenVersion=" + tokenVersion
                + ", createdBy=" + createdBy + "]";
    }
}
