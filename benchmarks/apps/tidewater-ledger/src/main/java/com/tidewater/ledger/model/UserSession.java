package com.tidewater.ledger.model;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** Server-side session record of a logged-in ledger user. */
public final class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String userId;
    private final String sessionToken;
    private final Instant issuedAt;

    private UserSession(String userId, String sessionToken, Instant issuedAt) {
        this.userId = userId;
        this.sessionToken = sessionToken;
        this.issuedAt = issuedAt;
    }

    public static UserSession open(String userId) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        return new UserSession(userId, Base64.getUrlEncoder().withoutPadding().encodeToString(raw), Instant.now());
    }

    public String getUserId() {
        return userId;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    @Override
    public String toString() {
        return "UserSession{userId=" + userId + ", sessionToken=***, issuedAt=" + issuedAt + '}';
    }
}
