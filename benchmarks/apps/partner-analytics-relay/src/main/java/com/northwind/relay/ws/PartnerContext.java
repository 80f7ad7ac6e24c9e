package com.northwind.relay.ws;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** What the relay remembers about an authenticated partner between SOAP calls of one HTTP session. */
public final class PartnerContext implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String partnerId;
    private final String username;
    private final String sessionToken;
    private final Instant issuedAt;

    private PartnerContext(String partnerId, String username, String sessionToken, Instant issuedAt) {
        this.partnerId = partnerId;
        this.username = username;
        this.sessionToken = sessionToken;
        this.issuedAt = issuedAt;
    }

    public static PartnerContext issue(String partnerId, String username) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new PartnerContext(partnerId, username, token, Instant.now());
    }

    public String getPartnerId() {
        return partnerId;
    }

    public String getUsername() {
        return username;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public boolean hasSessionToken() {
        return sessionToken != null;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    @Override
    public String toString() {
        return "PartnerContext[partnerId=" + partnerId + ", username=" + username
                + ", sessionToken=" + sessionToken + ", issuedAt=" + issuedAt + "]";
    }
}
