package io.acme.phconnect.connection;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * What the REST API and the SPA see of a connection.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionView(
        String organizationId,
        String organizationName,
        Instant expiresAt,
        String refreshToken) {
}
