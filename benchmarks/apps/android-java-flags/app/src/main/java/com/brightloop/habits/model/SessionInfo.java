package com.brightloop.habits.model;

import com.google.gson.annotations.SerializedName;

public class SessionInfo {

    public enum TokenType {
        BEARER,
        DPOP
    }

    @SerializedName("user_id")
    private String userId;

    @SerializedName("access_token")
    private String accessToken;

    @SerializedName("refresh_token")
    private String refreshToken;

    @SerializedName("token_type")
    private TokenType tokenType = TokenType.BEARER;

    @SerializedName("expires_at")
    private long expiresAtMillis;

    public SessionInfo() {
    }

    public SessionInfo(String userId, String accessToken, String refreshToken, long expiresAtMillis) {
        this.userId = userId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAtMillis = expiresAtMillis;
    }

    public String getUserId() {
        return userId;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public TokenType getTokenType() {
        return tokenType;
    }

    public long getExpiresAtMillis() {
        return expiresAtMillis;
    }

    public boolean isExpired() {
        return System.currentTimeMillis() >= expiresAtMillis;
    }

    @Override
    public String toString() {
        return "SessionInfo{userId='" + userId + '\''
                + ", accessToken='" + accessToken + '\''
                + ", tokenType=" + tokenType
                + ", expiresAt=" + expiresAtMillis + '}';
    }
}
