package com.tallowmere.cohortexport.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * Keeps the OAuth access token of the "cohort-exporter" PostHog app fresh. The token is used
 * by the reconciliation tooling that reads cohorts back from PostHog.
 */
@Component
public class PostHogOAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthTokenRefresher.class);

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    private final RestTemplate restTemplate;
    private final String tokenUrl;
    private final String clientId;
    private final AtomicReference<String> refreshToken;
    private final AtomicReference<String> accessToken;

    public PostHogOAuthTokenRefresher(
            RestTemplate posthogRestTemplate,
            @Value("${posthog.host}") String host,
            @Value("${posthog.oauth.client-id:cohort-exporter}") String clientId,
            @Value("${posthog.oauth.refresh-token:phr_Sw95TCXijvco69d5dAFQBXbCH597xqtqmwyiNBCgxfZE}") String refreshToken,
            @Value("${posthog.oauth.access-token:}") String accessToken) {
        this.restTemplate = posthogRestTemplate;
        this.tokenUrl = host + "/oauth/token/";
        this.clientId = clientId;
        this.refreshToken = new AtomicReference<>(refreshToken);
        this.accessToken = new AtomicReference<>(accessToken);
    }

    public String currentAccessToken() {
        return accessToken.get();
    }

    @Scheduled(fixedDelayString = "PT45M", initialDelayString = "PT10S")
    public void refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken.get());

        RequestEntity<MultiValueMap<String, String>> request = RequestEntity.post(tokenUrl)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form);
        TokenResponse response = restTemplate.exchange(request, TokenResponse.class).getBody();
        if (response == null) {
            log.warn("Empty response from {}", tokenUrl);
            return;
        }
        accessToken.set(response.accessToken());
        if (response.refreshToken() != null) {
            refreshToken.set(response.refreshToken());
        }
        long tokenExpiresIn = response.expiresIn();
        log.info("PostHog OAuth token refreshed, expires in {} s", tokenExpiresIn);
        log.debug("New PostHog access token for {}: {}", clientId, response.accessToken());
    }
}
