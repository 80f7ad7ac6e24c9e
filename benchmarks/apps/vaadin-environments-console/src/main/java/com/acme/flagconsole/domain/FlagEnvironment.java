package com.acme.flagconsole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "flag_environment")
public class FlagEnvironment {

    public enum ApiKeyType {
        PERSONAL,
        SECURE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "posthog_project_id", nullable = false)
    private Long posthogProjectId;

    @Column(nullable = false)
    private String host;

    @Column(name = "project_api_key", nullable = false, length = 64)
    private String projectApiKey;

    @Column(name = "secure_api_key", length = 64)
    private String secureApiKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_type", nullable = false, length = 16)
    private ApiKeyType keyType = ApiKeyType.SECURE;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getPosthogProjectId() {
        return posthogProjectId;
    }

    public void setPosthogProjectId(Long posthogProjectId) {
        this.posthogProjectId = posthogProjectId;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public ApiKeyType getKeyType() {
        return keyType;
    }

    public void setKeyType(ApiKeyType keyType) {
        this.keyType = keyType;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "FlagEnvironment[id=" + id
                + ", name=" + name
                + ", projectId=" + posthogProjectId
                + ", host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", secureApiKey=" + secureApiKey
                + ", keyType=" + keyType + "]";
    }
}
