package io.acme.posthog.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.time.Instant;

/** Token pair returned by PostHog's {@code /oauth/token/} endpoint. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope,
        @JsonProperty("issued_at") Instant issuedAt) {

    public OAuthTokens {
        issuedAt = issuedAt == null ? Instant.now() : issuedAt;
    }

    public boolean expiresWithin(Duration window) {
        return issuedAt.plusSeconds(expiresIn).isBefore(Instant.now().plus(window));
    }

    @Override
    public String toString() {
        return "OAuthTokens[access=" + accessToken
                + ", refresh=" + KeyMasker.mask(refreshToken)
                + ", expiresIn=" + expiresIn
                + ", scope=" + scope + "]";
    }
}
