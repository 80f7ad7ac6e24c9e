package com.northwind.flagadmin.session;

import java.io.Serializable;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

@Component
@SessionScope
public class AdminSession implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum TokenType {
        NONE, OAUTH_ACCESS, PERSONAL
    }

    private String username;
    private Instant loginAt;
    private String oauthAccessToken;
    private TokenType tokenType = TokenType.NONE;
    private int tokenTtlSeconds;
    private boolean sessionIdRotated;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Instant getLoginAt() {
        return loginAt;
    }

    public void setLoginAt(Instant loginAt) {
        this.loginAt = loginAt;
    }

    public String getOauthAccessToken() {
        return oauthAccessToken;
    }

    public void setOauthAccessToken(String oauthAccessToken) {
        this.oauthAccessToken = oauthAccessToken;
        this.tokenType = oauthAccessToken == null ? TokenType.NONE : TokenType.OAUTH_ACCESS;
    }

    public TokenType getTokenType() {
        return tokenType;
    }

    public int getTokenTtlSeconds() {
        return tokenTtlSeconds;
    }

    public void setTokenTtlSeconds(int tokenTtlSeconds) {
        this.tokenTtlSeconds = tokenTtlSeconds;
    }

    public boolean isSessionIdRotated() {
        return sessionIdRotated;
    }

    public void setSessionIdRotated(boolean sessionIdRotated) {
        this.sessionIdRotated = sessionIdRotated;
    }

    @Override
    public String toString() {
        return "AdminSession{username=" + username
                + ", loginAt=" + loginAt
                + ", tokenType=" + tokenType
                + ", oauthAccessToken=" + oauthAccessToken
                + ", tokenTtlSeconds=" + tokenTtlSeconds + "}";
    }
}
