package com.northwind.flags.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A per-client token the mobile apps and edge workers use to call this service.
 */
@Table("api_tokens")
public class ApiTokenEntity {

    public enum TokenType { MOBILE, EDGE, SERVER }

    @Id
    private Long id;

    @Column("client_name")
    private String clientName;

    private String token;

    @Column("token_type")
    private TokenType tokenType;

    @Column("created_at")
    private Instant createdAt;

    private boolean revoked;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(String clientName, String token, TokenType tokenType) {
        this.clientName = clientName;
        this.token = token;
        this.tokenType = tokenType;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }

    public String getClientName() { return clientName; }

    public String getToken() { return token; }

    public TokenType getTokenType() { return tokenType; }

    public Instant getCreatedAt() { return createdAt; }

    public boolean isRevoked() { return revoked; }

    public void setRevoked(boolean revoked) { this.revoked = revoked; }
}
