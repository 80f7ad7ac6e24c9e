package com.northwind.flags.entity;

import com.northwind.flags.config.KeyKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Per-project credential used by the sync timer. One row per PostHog project.
 */
@Entity
@Table(name = "sync_credential")
public class SyncCredential {

    @Id
    @Column(name = "project_id")
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind", nullable = false)
    private KeyKind keyKind;

    @Column(name = "secure_api_key", nullable = false, length = 80)
    private String secureApiKey;

    @Column(name = "label")
    private String label;

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public KeyKind getKeyKind() {
        return keyKind;
    }

    public void setKeyKind(KeyKind keyKind) {
        this.keyKind = keyKind;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return "SyncCredential[project=" + projectId + ", kind=" + keyKind + ", key=" + secureApiKey + "]";
    }
}
