package com.northwind.flaggateway.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * OAuth tokens of the "Northwind flag dashboard" PostHog OAuth app, used by the admin UI's charts.
 */
@Component
public class PostHogOAuthTokenStore {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthTokenStore.class);

    // Seeded from the one-off install of the OAuth app; replaced by the first refresh.
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_ewVKJcHrdK8ZCanhxeo7R8THDvbVfV8uToBdi5jFm5j8";

    public record PostHogOAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

        boolean expiresSoon() {
            return expiresAt.isBefore(Instant.now().plusSeconds(60));
        }
    }

    enum TokenType { ACCESS, REFRESH }

    private final RestClient restClient;
    private final String clientId;
    private final AtomicReference<PostHogOAuthTokens> current =
            new AtomicReference<>(new PostHogOAuthTokens(null, BOOTSTRAP_REFRESH_TOKEN, Instant.EPOCH));

    public PostHogOAuthTokenStore(RestClient.Builder postHogRestClientBuilder,
                                  @Value("${posthog.oauth.client-id}") String clientId) {
        this.restClient = postHogRestClientBuilder.build();
        this.clientId = clientId;
    }

    public PostHogOAuthTokens current() {
        PostHogOAuthTokens tokens = current.get();
        return tokens.expiresSoon() ? refresh(tokens) : tokens;
    }

    private synchronized PostHogOAuthTokens refresh(PostHogOAuthTokens stale) {
        if (current.get() != stale) {
            return current.get();
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", stale.refreshToken());

        JsonNode body = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);

        int expiresIn = body.path("expires_in").asInt(3600);
        PostHogOAuthTokens fresh = new PostHogOAuthTokens(
                body.path("access_token").asText(),
                body.path("refresh_token").asText(stale.refreshToken()),
                Instant.now().plusSeconds(expiresIn));
        current.set(fresh);

        TokenType tokenType = TokenType.ACCESS;
        log.info("Refreshed PostHog OAuth {} token, valid for {}s", tokenType, expiresIn);
        return fresh;
    }
}
