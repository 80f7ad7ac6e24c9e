package com.northwind.flagsync.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the OAuth access token used for PostHog's app API fresh.
 */
@Singleton
public class OAuthTokenRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenRefresher.class);

    private final HttpClient httpClient;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<String> refreshToken;
    private final AtomicReference<String> accessToken;
    private final AtomicInteger refreshCount = new AtomicInteger();

    public OAuthTokenRefresher(@Client(id = "posthog-app") HttpClient httpClient,
                               @Value("${posthog.oauth.client-id}") String clientId,
                               @Value("${posthog.oauth.client-secret:}") String clientSecret,
                               @Value("${posthog.oauth.refresh-token:phr_HomDFjgDYPVnFPgJTMosUxxjzVotgknjuTyZ4CuhZeRvrtJz}") String refreshToken,
                               @Nullable @Value("${posthog.oauth.access-token:}") String accessToken) {
        this.httpClient = httpClient;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = new AtomicReference<>(refreshToken);
        this.accessToken = new AtomicReference<>(accessToken);
    }

    public Optional<String> currentAccessToken() {
        return Optional.ofNullable(accessToken.get()).filter(t -> !t.isBlank());
    }

    @Scheduled(fixedDelay = "50m", initialDelay = "5s")
    void refresh() {
        Map<String, String> form = Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken.get(),
                "client_id", clientId,
                "client_secret", clientSecret);
        HttpRequest<?> request = HttpRequest.POST("/oauth/token/", form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        try {
            TokenResponse response = httpClient.toBlocking().retrieve(request, TokenResponse.class);
            accessToken.set(response.access_token());
            if (response.refresh_token() != null) {
                refreshToken.set(response.refresh_token());
            }
            int attempt = refreshCount.incrementAndGet();
            LOG.debug("Refreshed PostHog OAuth access token {} (expires in {}s)", response.access_token(), response.expires_in());
            LOG.info("OAuth refresh #{} complete, token valid for {}s", attempt, response.expires_in());
        } catch (HttpClientResponseException e) {
            throw new IllegalStateException("PostHog rejected OAuth refresh for client " + clientId + " using secret " + clientSecret, e);
        }
    }

    @Serdeable
    public record TokenResponse(String access_token, @Nullable String refresh_token, long expires_in, String scope) {
    }
}
