package com.acme.flags.model;

public final class UserSession {

    private final long sessionId;
    private final String userEmail;
    private final String accessToken;
    private final String refreshToken;
    private final long expiresAtMillis;

    public UserSession(long sessionId, String userEmail, String accessToken, String refreshToken, long expiresAtMillis) {
        this.sessionId = sessionId;
        this.userEmail = userEmail;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAtMillis = expiresAtMillis;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public long getExpiresAtMillis() {
        return expiresAtMillis;
    }

    public boolean isExpired() {
        return System.currentTimeMillis() >= expiresAtMillis;
    }

    @Override
    public String toString() {
        return "UserSession{sessionId=" + sessionId
                + ", userEmail='" + userEmail + '\''
                + ", accessToken='" + accessToken + '\''
                + ", refreshToken='" + refreshToken + '\''
                + ", expiresAt=" + expiresAtMillis + '}';
    }
}
