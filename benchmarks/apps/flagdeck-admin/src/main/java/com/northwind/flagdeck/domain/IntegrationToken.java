package com.northwind.flagdeck.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "integration_token")
public class IntegrationToken {

    public enum Status { ACTIVE, EXPIRING, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_value", nullable = false, length = 128)
    private String secret;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected IntegrationToken() {
    }

    public IntegrationToken(String name, String secret, String createdBy, Instant expiresAt) {
        this.name = name;
        this.secret = secret;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSecret() {
        return secret;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "IntegrationToken{id=" + id + ", name='" + name + "', secret='" + secret
                + "', createdBy='" + createdBy + "', status=" + status + ", expiresAt=" + expiresAt + "}";
    }
}
