package com.lumenmart.shop.model;

import com.google.gson.annotations.SerializedName;

public class Session {

    public enum TokenType {
        @SerializedName("bearer")
        BEARER,
        @SerializedName("mac")
        MAC
    }

    @SerializedName("user_id")
    private String userId;

    @SerializedName("access_token")
    private String accessToken;

    @SerializedName("refresh_token")
    private String refreshToken;

    @SerializedName("token_type")
    private TokenType tokenType;

    @SerializedName("expires_in")
    private long expiresIn;

    public Session() {
    }

    public Session(String userId, String accessToken, String refreshToken, TokenType tokenType, long expiresIn) {
        this.userId = userId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.tokenType = tokenType;
        this.expiresIn = expiresIn;
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

    public long getExpiresIn() {
        return expiresIn;
    }

    @Override
    public String toString() {
        return "Session{userId='" + userId + '\''
                + ", accessToken='" + accessToken + '\''
                + ", refreshToken='" + refreshToken + '\''
                + ", tokenType=" + tokenType
                + ", expiresIn=" + expiresIn + '}';
    }
}
