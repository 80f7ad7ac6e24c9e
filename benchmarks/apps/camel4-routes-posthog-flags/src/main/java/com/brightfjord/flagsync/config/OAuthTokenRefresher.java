package com.brightfjord.flagsync.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a PostHog OAuth access token fresh for the dashboard export job.
 */
@Component
public class OAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenRefresher.class);

    private final RestClient restClient = RestClient.create();
    private final AtomicReference<String> accessToken = new AtomicReference<>();
    private volatile Instant expiresAt = Instant.EPOCH;

    @Value("${posthog.oauth.client-id:flag-sync}")
    private String clientId;

    @Value("${posthog.oauth.access-token:pha_zqfJi2GFxAExfzZUAHCBB8CXuNP7r83fszXDnMFDrxVp}")
    private String bootstrapAccessToken;

    @Value("${POSTHOG_OAUTH_REFRESH_TOKEN:}")
    private String refreshToken;

    @Value("${posthog.private-api-host}")
    private String privateApiHost;

    public String currentAccessToken() {
        String token = accessToken.get();
        return token != null ? token : bootstrapAccessToken;
    }

    @Scheduled(fixedDelayString = "${posthog.oauth.refresh-check-ms:300000}")
    public void refreshIfNeeded() {
        if (refreshToken == null || refreshToken.isBlank() || Instant.now().isBefore(expiresAt.minusSeconds(120))) {
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", clientId);

        JsonNode body = restClient.post()
                .uri(privateApiHost + "/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);

        String newAccessToken = body.path("access_token").asText();
        long expiresIn = body.path("expires_in").asLong(3600);
        accessToken.set(newAccessToken);
        expiresAt = Instant.now().plusSeconds(expiresIn);

        System.out.println("Refreshed PostHog OAuth token: " + newAccessToken + " (expires in " + expiresIn + "s)");
        log.info("OAuth token refreshed, expires at {}", expiresAt);
    }
}
