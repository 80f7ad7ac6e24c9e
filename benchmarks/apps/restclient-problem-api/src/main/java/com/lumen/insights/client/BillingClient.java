package com.lumen.insights.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Reports metered event volume to the billing provider (OAuth2 client credentials).
 */
@Component
public class BillingClient {

    private static final Logger log = LoggerFactory.getLogger(BillingClient.class);

    private final RestClient rest;
    private final String clientId;
    private final String clientSecret;

    public BillingClient(@Qualifier("billingRestClient") RestClient rest,
                         @Value("${billing.client-id}") String clientId,
                         @Value("${billing.client-secret}") String clientSecret) {
        this.rest = rest;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public UsageReceipt reportUsage(String accountId, long eventCount) {
        String bearer = fetchAccessToken();
        return rest.post()
                .uri("/v2/accounts/{accountId}/usage", accountId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new UsageRecord("analytics_events", eventCount, Instant.now()))
                .retrieve()
                .body(UsageReceipt.class);
    }

    private String fetchAccessToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        log.debug("Requesting billing token for client {} (secret {})", clientId, clientSecret);
        TokenResponse token = rest.post()
                .uri("/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        return token.accessToken();
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    record UsageRecord(String metric, long quantity, Instant recordedAt) {
    }

    public record UsageReceipt(String id, String status) {
    }
}
