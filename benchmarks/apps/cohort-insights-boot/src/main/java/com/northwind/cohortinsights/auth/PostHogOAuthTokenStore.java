package com.northwind.cohortinsights.auth;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the OAuth token pair the embedded-insights iframe uses to talk to PostHog.
 * Refreshed lazily five minutes before expiry.
 */
@Component
public class PostHogOAuthTokenStore {

    private static final Logger log = LogManager.getLogger(PostHogOAuthTokenStore.class);

    private final RestClient oauthClient;
    private final String clientId;
    private final AtomicReference<PostHogOAuthCredentials> current = new AtomicReference<>();

    public PostHogOAuthTokenStore(RestClient.Builder builder,
                                  @Value("${posthog.api-host}") String apiHost,
                                  @Value("${posthog.oauth.client-id}") String clientId,
                                  @Value("${posthog.oauth.refresh-token:}") String initialRefreshToken) {
        this.oauthClient = builder.baseUrl(apiHost).build();
        this.clientId = clientId;
        this.current.set(new PostHogOAuthCredentials(null, initialRefreshToken, "insight:read", Instant.EPOCH));
    }

    public PostHogOAuthCredentials current() {
        PostHogOAuthCredentials credentials = current.get();
        if (credentials.expiresWithin(300)) {
            credentials = refresh(credentials.refreshToken());
        }
        return credentials;
    }

    private synchronized PostHogOAuthCredentials refresh(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);

        @SuppressWarnings("unchecked")
        Map<String, Object> body = oauthClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);

        long expiresIn = ((Number) body.getOrDefault("expires_in", 3600)).longValue();
        PostHogOAuthCredentials refreshed = new PostHogOAuthCredentials(
                (String) body.get("access_token"),
                (String) body.get("refresh_token"),
                (String) body.get("scope"),
                Instant.now().plusSeconds(expiresIn));
        current.set(refreshed);

        long accessTokenTtlSeconds = Duration.between(Instant.now(), refreshed.expiresAt()).toSeconds();
        log.info("PostHog access token valid for {} s", accessTokenTtlSeconds);
        log.debug("Refreshed PostHog OAuth credentials: {}", refreshed);
        return refreshed;
    }
}
