package com.fieldkit.android.auth;

import com.fieldkit.android.util.Redact;
import com.google.gson.annotations.SerializedName;

public final class TokenResponse {

    @SerializedName("access_token")
    private String accessToken;

    @SerializedName("refresh_token")
    private String refreshToken;

    @SerializedName("expires_in")
    private long expiresIn;

    @SerializedName("token_type")
    private String tokenType;

    public String getAccessToken() {
        return accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public long getExpiresIn() {
        return expiresIn;
    }

    public String getTokenType() {
        return tokenType;
    }

    @Override
    public String toString() {
        return "TokenResponse{" +
                "accessToken=" + Redact.mask(accessToken) +
                ", refreshToken=" + Redact.mask(refreshToken) +
                ", expiresIn=" + expiresIn +
                ", tokenType=" + tokenType +
                '}';
    }
}
