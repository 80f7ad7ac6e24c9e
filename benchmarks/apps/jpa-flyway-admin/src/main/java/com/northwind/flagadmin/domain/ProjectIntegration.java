package com.northwind.flagadmin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

@Entity
@Table(name = "project_integration")
@Getter
@Setter
@NoArgsConstructor
@ToString
public class ProjectIntegration {

    public enum KeyKind { PERSONAL, FEATURE_FLAGS_SECURE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_slug", nullable = false, unique = true)
    private String tenantSlug;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "posthog_project_id", nullable = false)
    private Long posthogProjectId;

    @Column(name = "project_api_key", nullable = false)
    private String projectApiKey;

    @Convert(converter = ApiKeyCryptoConverter.class)
    @Column(name = "personal_api_key")
    private String personalApiKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind", nullable = false)
    private KeyKind keyKind = KeyKind.PERSONAL;

    @Column(name = "api_key_id")
    private Long apiKeyId;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** Filled after load, shown in the list instead of the key. */
    @Transient
    private String keyPreview;

    @PostLoad
    void fillPreview() {
        this.keyPreview = personalApiKey == null ? null : "…" + personalApiKey.substring(personalApiKey.length() - 4);
    }
}
