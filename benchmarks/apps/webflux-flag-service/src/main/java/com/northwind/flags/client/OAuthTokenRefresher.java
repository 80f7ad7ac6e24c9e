package com.northwind.flags.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps an OAuth access token for the PostHog app integration fresh.
 */
@Component
public class OAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenRefresher.class);

    public record OAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn) {
    }

    private final WebClient webClient;
    private final String clientId;
    private final AtomicReference<String> refreshToken;
    private final AtomicReference<OAuthTokens> current = new AtomicReference<>();

    public OAuthTokenRefresher(WebClient.Builder builder,
                               @Value("${posthog.app-host}") String appHost,
                               @Value("${posthog.oauth.client-id}") String clientId,
                               @Value("${posthog.oauth.refresh-token:phr_nWLKASmNeBu4tQbEnGXHKQcFQdj3Ubjxaktd4aHE82jM}") String refreshToken) {
        this.webClient = builder.baseUrl(appHost).build();
        this.clientId = clientId;
        this.refreshToken = new AtomicReference<>(refreshToken);
    }

    @Scheduled(fixedDelayString = "PT50M", initialDelay = 0)
    public void scheduledRefresh() {
        refresh().subscribe();
    }

    public Mono<OAuthTokens> refresh() {
        return webClient.post()
                .uri("/oauth/token/")
                .body(BodyInserters.fromFormData("grant_type", "refresh_token")
                        .with("refresh_token", refreshToken.get())
                        .with("client_id", clientId))
                .retrieve()
                .bodyToMono(OAuthTokens.class)
                .doOnNext(tokens -> {
                    current.set(tokens);
                    refreshToken.set(tokens.refreshToken());
                    log.atDebug().addKeyValue("accessToken", tokens.accessToken()).log("Refreshed PostHog OAuth token");
                    log.info("PostHog OAuth token refreshed, expires in {}s", tokens.expiresIn());
                });
    }

    public Mono<String> accessToken() {
        OAuthTokens tokens = current.get();
        return tokens != null ? Mono.just(tokens.accessToken()) : refresh().map(OAuthTokens::accessToken);
    }
}
