package com.acme.flagmcp.posthog;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Keeps an OAuth access token for the PostHog MCP app installation fresh.
 * Used instead of the personal key once the org has approved the OAuth app.
 */
@Component
public class PostHogOAuthClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthClient.class);

    private final WebClient webClient;
    private final String clientId;
    private final String refreshToken;
    private final AtomicReference<TokenResponse> current = new AtomicReference<>();

    public PostHogOAuthClient(WebClient.Builder builder,
                              @Value("${posthog.host}") String host,
                              @Value("${posthog.oauth.client-id:flag-mcp-server}") String clientId,
                              @Value("${posthog.oauth.refresh-token:phr_UET4ZSBm3zhPASWRwTvmXJrQ5Lt57C4rUCXEMekxzVrCpBxG}") String refreshToken) {
        this.webClient = builder.baseUrl(host).build();
        this.clientId = clientId;
        this.refreshToken = refreshToken;
    }

    public String accessToken() {
        TokenResponse token = current.get();
        if (token == null || token.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            token = refresh();
        }
        return token.accessToken();
    }

    @Scheduled(fixedDelayString = "PT50M", initialDelayString = "PT50M")
    public TokenResponse refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);

        TokenResponse token = webClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .retrieve()
                .bodyToMono(TokenResponse.class)
                .timeout(Duration.ofSeconds(15))
                .block();
        if (token == null) {
            throw new PostHogApiException("Empty token response from PostHog", null);
        }
        current.set(token);
        log.info("Refreshed PostHog OAuth access token {} (expires in {}s)", token.accessToken(), token.expiresIn());
        return token;
    }

    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("token_type") String tokenType,
                                @JsonProperty("expires_in") long expiresIn,
                                Instant issuedAt) {

        public TokenResponse {
            issuedAt = issuedAt == null ? Instant.now() : issuedAt;
        }

        Instant expiresAt() {
            return issuedAt.plusSeconds(expiresIn);
        }
    }
}
