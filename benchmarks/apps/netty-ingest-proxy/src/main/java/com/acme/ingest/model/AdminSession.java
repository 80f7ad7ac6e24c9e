package com.acme.ingest.model;

import java.time.Instant;

/**
 * Server-side admin session; the id travels in the ADMIN_SESSION cookie.
 */
public record AdminSession(String sessionId, String operator, String remoteAddress, Instant expiresAt) {

    public boolean expired() {
        return Instant.now().isAfter(expiresAt);
    }
}
