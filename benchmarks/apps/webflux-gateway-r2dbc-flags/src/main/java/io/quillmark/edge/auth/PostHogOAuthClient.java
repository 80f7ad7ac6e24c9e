package io.quillmark.edge.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quillmark.edge.config.PostHogProperties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * OAuth app "Quillmark Edge" installed on the PostHog org; used for the org-level flag export.
 */
@Component
public class PostHogOAuthClient {

    private static final Logger log = LogManager.getLogger(PostHogOAuthClient.class);

    // issued when the app was first installed on staging; replaced on every refresh
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_JSC2EwHshDvZZKvKcy9NM7FdXR4RyV3zj3M562xSQKzU";

    private final WebClient oauth;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<String> refreshToken = new AtomicReference<>(BOOTSTRAP_REFRESH_TOKEN);

    public PostHogOAuthClient(WebClient.Builder builder,
                              PostHogProperties props,
                              @Value("${posthog.oauth.client-id}") String clientId,
                              @Value("${posthog.oauth.client-secret}") String clientSecret) {
        this.oauth = builder.clone().baseUrl(props.apiHost()).build();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public Mono<String> accessToken() {
        return oauth.post()
                .uri("/oauth/token/")
                .body(BodyInserters.fromFormData("grant_type", "refresh_token")
                        .with("refresh_token", refreshToken.get())
                        .with("client_id", clientId)
                        .with("client_secret", clientSecret))
                .retrieve()
                .bodyToMono(TokenResponse.class)
                .doOnNext(token -> refreshToken.set(token.refreshToken()))
                .doOnNext(token -> log.info("PostHog OAuth refresh ok for {}: access_token={} expires_in={}s",
                        clientId, token.accessToken(), token.expiresIn()))
                .map(TokenResponse::accessToken);
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
