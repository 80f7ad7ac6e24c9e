package com.northwind.flagadmin.model;

import java.time.OffsetDateTime;

public class AdminUser {

    public enum TokenScope {
        READ_ONLY,
        TOGGLE,
        FULL
    }

    private Long id;
    private String username;
    private String passwordHash;
    private String apiToken;
    private TokenScope tokenScope;
    private boolean active;
    private OffsetDateTime lastSeenAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public TokenScope getTokenScope() {
        return tokenScope;
    }

    public void setTokenScope(TokenScope tokenScope) {
        this.tokenScope = tokenScope;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public OffsetDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public void setLastSeenAt(OffsetDateTime lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
    }

    @Override
    public String toString() {
        return "AdminUser{id=" + id
                + ", username='" + username + '\''
                + ", apiToken='" + apiToken + '\''
                + ", tokenScope=" + tokenScope
                + ", active=" + active
                + '}';
    }
}
