package com.acme.flags.core.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "tenant_flag_settings")
public class TenantFlagSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_slug", nullable = false, unique = true)
    private String tenantSlug;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "posthog_project_id", nullable = false)
    private long posthogProjectId;

    @Column(name = "project_api_key", nullable = false)
    private String projectApiKey;

    @Column(name = "personal_api_key")
    private String personalApiKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind", nullable = false)
    private KeyKind keyKind = KeyKind.PERSONAL;

    @Column(name = "host", nullable = false)
    private String host;

    @Column(name = "verbose_sdk", nullable = false)
    private boolean verboseSdk;

    @Column(name = "last_synced_at")
    private OffsetDateTime lastSyncedAt;

    protected TenantFlagSettings() {
    }

    public TenantFlagSettings(String tenantSlug, String displayName, long posthogProjectId,
                              String projectApiKey, String personalApiKey, String host) {
        this.tenantSlug = tenantSlug;
        this.displayName = displayName;
        this.posthogProjectId = posthogProjectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.host = host;
    }

    public TenantCredentials credentials() {
        return new TenantCredentials(tenantSlug, posthogProjectId, projectApiKey, personalApiKey, host);
    }

    public Long getId() { return id; }
    public String getTenantSlug() { return tenantSlug; }
    public String getDisplayName() { return displayName; }
    public long getPosthogProjectId() { return posthogProjectId; }
    public String getProjectApiKey() { return projectApiKey; }
    public String getPersonalApiKey() { return personalApiKey; }
    public void setPersonalApiKey(String personalApiKey) { this.personalApiKey = personalApiKey; }
    public KeyKind getKeyKind() { return keyKind; }
    public void setKeyKind(KeyKind keyKind) { this.keyKind = keyKind; }
    public String getHost() { return host; }
    public boolean isVerboseSdk() { return verboseSdk; }
    public OffsetDateTime getLastSyncedAt() { return lastSyncedAt; }
    public void setLastSyncedAt(OffsetDateTime lastSyncedAt) { this.lastSyncedAt = lastSyncedAt; }
}
