package com.northwind.ledgersync.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.ledgersync.model.PartnerCredentials;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Client-credentials token cache for the partner ledger API.
 */
@Component
public class PartnerTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(PartnerTokenProvider.class);
    private static final Duration EXPIRY_SKEW = Duration.ofSeconds(30);

    private final PartnerCredentials credentials;
    private final RestClient restClient;
    private volatile CachedToken cached;

    public PartnerTokenProvider(PartnerCredentials credentials, RestClient.Builder restClientBuilder) {
        this.credentials = credentials;
        this.restClient = restClientBuilder.baseUrl(credentials.getBaseUrl()).build();
    }

    public String currentToken() {
        CachedToken current = cached;
        if (current == null || current.expiresBefore(Instant.now().plus(EXPIRY_SKEW))) {
            synchronized (this) {
                current = cached;
                if (current == null || current.expiresBefore(Instant.now().plus(EXPIRY_SKEW))) {
                    current = refresh();
                    cached = current;
                }
            }
        }
        return current.accessToken();
    }

    public void invalidate() {
        cached = null;
    }

    private CachedToken refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("scope", "ledger.read");

        TokenResponse response = restClient.post()
                .uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(credentials.getClientId(), credentials.getClientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        if (response == null || response.accessToken() == null) {
            throw new IllegalStateException("Partner token endpoint returned no access token");
        }
        log.debug("Partner issued access token {} (type {})", response.accessToken(), response.tokenType());
        log.info("Partner token refreshed, expires in {}s", response.expiresIn());
        return new CachedToken(response.accessToken(), Instant.now().plusSeconds(response.expiresIn()));
    }

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {
    }

    private record CachedToken(String accessToken, Instant expiresAt) {
        boolean expiresBefore(Instant instant) {
            return expiresAt.isBefore(instant);
        }
    }
}
