package com.quillfern.flagdesk.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * OAuth connection to PostHog used by the experiment-report export.
 */
@Service
public class PartnerOAuthService {

    private static final Logger log = LoggerFactory.getLogger(PartnerOAuthService.class);

    // Seed token from the first manual consent; replaced on first refresh.
    private static final String SEED_ACCESS_TOKEN = "pha_7S9ipVhT53xpZUUnTTGTaGQmY5MZjqE46es6bHSbJmPe";

    private final WebClient http;
    private final String clientId;
    private final String clientSecret;
    private final String tokenEndpoint;
    private final String refreshToken;
    private final AtomicReference<String> accessToken = new AtomicReference<>(SEED_ACCESS_TOKEN);

    public PartnerOAuthService(WebClient.Builder builder,
                               @Value("${flagdesk.oauth.client-id}") String clientId,
                               @Value("${flagdesk.oauth.client-secret}") String clientSecret,
                               @Value("${flagdesk.oauth.token-endpoint}") String tokenEndpoint,
                               @Value("${POSTHOG_OAUTH_REFRESH_TOKEN:}") String refreshToken) {
        this.http = builder.build();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokenEndpoint = tokenEndpoint;
        this.refreshToken = refreshToken;
        log.info("PostHog OAuth client {} will refresh against {}", clientId, tokenEndpoint);
    }

    public String currentAccessToken() {
        return accessToken.get();
    }

    public Mono<String> refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);

        return http.post()
                .uri(tokenEndpoint)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .retrieve()
                .bodyToMono(TokenResponse.class)
                .map(tokens -> {
                    accessToken.set(tokens.accessToken());
                    log.debug("Refreshed PostHog OAuth access token {} (expires {})",
                            tokens.accessToken(), Instant.now().plusSeconds(tokens.expiresIn()));
                    return tokens.accessToken();
                });
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
