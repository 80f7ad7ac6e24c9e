package com.larchwood.flagdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * OAuth credentials FlagDesk holds for external providers (today only PostHog).
 */
@Entity
@Table(name = "api_credential")
public class ApiCredential {

    public enum TokenKind {
        ACCESS,
        REFRESH
    }

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 32)
    private String provider;

    @Column(name = "access_token", length = 512)
    private String accessToken;

    @Column(name = "refresh_token", length = 512)
    private String refreshToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_kind", length = 16)
    private TokenKind tokenKind = TokenKind.ACCESS;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Version
    private long version;

    protected ApiCredential() {
    }

    public ApiCredential(String id, String provider) {
        this.id = id;
        this.provider = provider;
    }

    public void rotate(String newAccessToken, String newRefreshToken, Instant newExpiry) {
        this.accessToken = newAccessToken;
        this.refreshToken = newRefreshToken;
        this.expiresAt = newExpiry;
    }

    public String getId() {
        return id;
    }

    public String getProvider() {
        return provider;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public TokenKind getTokenKind() {
        return tokenKind;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "ApiCredential{id=" + id + ", provider=" + provider + ", accessToken=" + accessToken
                + ", refreshToken=" + refreshToken + ", expiresAt=" + expiresAt + "}";
    }
}
