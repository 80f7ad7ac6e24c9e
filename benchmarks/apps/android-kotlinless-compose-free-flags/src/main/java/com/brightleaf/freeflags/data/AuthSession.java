package com.brightleaf.freeflags.data;

import com.google.gson.annotations.SerializedName;

/** Session returned by the Brightleaf backend on login / refresh. */
public final class AuthSession {

    public enum TokenType { BEARER, MAC }

    @SerializedName("user_id")
    private final String userId;

    @SerializedName("access_token")
    private final String accessToken;

    @SerializedName("refresh_token")
    private final String refreshToken;

    @SerializedName("token_type")
    private final TokenType tokenType;

    @SerializedName("expires_in")
    private final long expiresInSeconds;

    public AuthSession(String userId, String accessToken, String refreshToken,
                       TokenType tokenType, long expiresInSeconds) {
        this.userId = userId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.tokenType = tokenType;
        this.expiresInSeconds = expiresInSeconds;
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

    public long getExpiresInSeconds() {
        return expiresInSeconds;
    }

    @Override
    public String toString() {
        return "AuthSession{userId=" + userId
                + ", tokenType=" + tokenType
                + ", accessToken=" + accessToken
                + ", refreshToken=" + refreshToken
                + ", expiresIn=" + expiresInSeconds + "}";
    }
}
