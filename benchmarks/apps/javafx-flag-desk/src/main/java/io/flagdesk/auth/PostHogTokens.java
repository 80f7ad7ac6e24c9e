package io.flagdesk.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Tokens returned by PostHog's OAuth token endpoint ({@code pha_} access, {@code phr_} refresh).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostHogTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresInSeconds,
        @JsonProperty("scope") String scope) {

    public Instant expiresAt(Instant issuedAt) {
        return issuedAt.plusSeconds(expiresInSeconds);
    }
}
