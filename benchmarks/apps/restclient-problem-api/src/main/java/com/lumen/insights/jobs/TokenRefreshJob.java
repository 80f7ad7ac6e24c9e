package com.lumen.insights.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.lumen.insights.config.PostHogProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Keeps the OAuth access token of our PostHog app installation fresh.
 */
@Component
public class TokenRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(TokenRefreshJob.class);

    private final RestClient oauth;
    private final String clientId;
    private volatile String refreshToken;
    private volatile String accessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public TokenRefreshJob(RestClient.Builder builder,
                           PostHogProperties props,
                           @Value("${posthog.oauth.client-id}") String clientId,
                           @Value("${posthog.oauth.refresh-token:phr_s644GbDjqsvdpttxks4t2begXNwdYkHPPXo386rsYLgHAwbK}") String refreshToken) {
        this.oauth = builder.clone().baseUrl(props.appHost()).build();
        this.clientId = clientId;
        this.refreshToken = refreshToken;
    }

    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    public void refreshIfNeeded() {
        if (Instant.now().isBefore(expiresAt.minusSeconds(120))) {
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);
        OAuthTokenResponse response = oauth.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(OAuthTokenResponse.class);
        accessToken = response.accessToken();
        refreshToken = response.refreshToken();
        expiresAt = Instant.now().plusSeconds(response.expiresIn());
        log.info("Refreshed PostHog OAuth access token {} (expires in {}s)", response.accessToken(), response.expiresIn());
        log.debug("Next token refresh in {}s", Duration.between(Instant.now(), expiresAt).toSeconds());
    }

    public String currentAccessToken() {
        return accessToken;
    }

    record OAuthTokenResponse(@JsonProperty("access_token") String accessToken,
                              @JsonProperty("refresh_token") String refreshToken,
                              @JsonProperty("expires_in") long expiresIn,
                              @JsonProperty("token_type") String tokenType) {
    }
}
