package com.northwind.flagconsole.auth;

import com.google.gson.annotations.SerializedName;

public class UserSession {

    @SerializedName("user_id")
    private final String userId;

    @SerializedName("access_token")
    private final String accessToken;

    @SerializedName("refresh_token")
    private final String refreshToken;

    @SerializedName("expires_at")
    private final long expiresAtEpochSeconds;

    public UserSession(String userId, String accessToken, String refreshToken, long expiresAtEpochSeconds) {
        this.userId = userId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAtEpochSeconds = expiresAtEpochSeconds;
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

    public long getExpiresAtEpochSeconds() {
        return expiresAtEpochSeconds;
    }

    public boolean isExpired(long nowEpochSeconds) {
        return nowEpochSeconds >= expiresAtEpochSeconds - 30;
    }

    @Override
    public String toString() {
        return "UserSession{userId=" + userId
                + ", accessToken=" + accessToken
                + ", expiresAt=" + expiresAtEpochSeconds + "}";
    }
}
