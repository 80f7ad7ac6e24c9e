package com.northwind.flagadmin.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_credential")
public class ApiCredential {

    public enum Kind {
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "secret_value", nullable = false, length = 120)
    private String secretValue;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiCredential() {
    }

    public ApiCredential(Kind kind, String secretValue, String createdBy) {
        this.kind = kind;
        this.secretValue = secretValue;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSecretValue() {
        return secretValue;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "ApiCredential[id=" + id + ", kind=" + kind + ", secretValue=" + secretValue
                + ", createdBy=" + createdBy + ", createdAt=" + createdAt + "]";
    }
}
