package com.northwind.flagops.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagops.config.PostHogProperties;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/** Keeps a fresh PostHog OAuth access token for the embedded insights of the admin pages. */
@Component
public class PostHogOAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthTokenRefresher.class);

    private final RestClient oauthClient;
    private final String clientId;
    private String refreshToken;

    public PostHogOAuthTokenRefresher(
            RestClient.Builder builder,
            PostHogProperties properties,
            @Value("${posthog.oauth.client-id}") String clientId,
            @Value("${posthog.oauth.refresh-token:}") String refreshToken) {
        this.oauthClient = builder.baseUrl(properties.appHost()).build();
        this.clientId = clientId;
        this.refreshToken = refreshToken;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "PT50M")
    public void refresh() {
        if (!StringUtils.hasText(refreshToken)) {
            log.info("No PostHog OAuth refresh token configured; embedded insights disabled");
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);

        JsonNode body = oauthClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);
        if (body == null) {
            log.warn("Empty answer from the PostHog token endpoint");
            return;
        }
        PostHogOAuthTokens.update(
                body.get("access_token").asText(),
                body.get("refresh_token").asText(),
                Instant.now().plusSeconds(body.path("expires_in").asLong(3600)));
        refreshToken = PostHogOAuthTokens.refreshToken();
        log.info("PostHog OAuth token refreshed, valid until {}", PostHogOAuthTokens.expiresAt());
    }
}
