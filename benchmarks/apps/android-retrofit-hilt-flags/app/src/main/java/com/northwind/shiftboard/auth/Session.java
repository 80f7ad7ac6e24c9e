package com.northwind.shiftboard.auth;

import androidx.annotation.Nullable;

/** Tokens issued by the ShiftBoard backend for the signed-in worker. */
public final class Session {

    private final String userId;
    private final String accessToken;
    @Nullable
    private final String refreshToken;
    private final String tokenType;
    private final long expiresAtMillis;

    public Session(String userId, String accessToken, @Nullable String refreshToken,
                   String tokenType, long expiresAtMillis) {
        this.userId = userId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.tokenType = tokenType;
        this.expiresAtMillis = expiresAtMillis;
    }

    public String getUserId() {
        return userId;
    }

    public String getAccessToken() {
        return accessToken;
    }

    @Nullable
    public String getRefreshToken() {
        return refreshToken;
    }

    public String getTokenType() {
        return tokenType;
    }

    public long getExpiresAtMillis() {
        return expiresAtMillis;
    }

    public boolean isExpired(long nowMillis) {
        return expiresAtMillis <= nowMillis;
    }

    @Override
    public String toString() {
        return "Session{userId=" + userId
                + ", tokenType=" + tokenType
                + ", accessToken=" + accessToken
                + ", refreshToken=" + refreshToken
                + ", expiresAt=" + expiresAtMillis + '}';
    }
}
