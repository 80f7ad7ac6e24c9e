package io.tidewell.beacon.oauth;

import io.tidewell.beacon.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps an OAuth access token for PostHog's annotations API (the console shows
 * deploy annotations next to flag changes).
 */
@Component
public class PostHogOAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthTokenRefresher.class);

    public enum TokenKind { ACCESS, REFRESH }

    public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String scope) {
    }

    private final RestTemplate restTemplate;
    private final PostHogProperties props;
    private final AtomicReference<String> refreshToken;
    private final AtomicReference<String> accessToken;

    public PostHogOAuthTokenRefresher(
            RestTemplateBuilder builder,
            PostHogProperties props,
            @Value("${posthog.oauth.refresh-token:phr_Pfw7CTB7jwjjpWK3Z7jtwvsaQRdRipY5JjwcJHYgcwee}") String refreshToken,
            @Value("${POSTHOG_OAUTH_ACCESS_TOKEN:}") String initialAccessToken) {
        this.restTemplate = builder.build();
        this.props = props;
        this.refreshToken = new AtomicReference<>(refreshToken);
        this.accessToken = new AtomicReference<>(initialAccessToken);
    }

    @Scheduled(fixedDelayString = "PT50M", initialDelayString = "PT10S")
    public void refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken.get());
        form.add("client_id", props.oauth().clientId());

        RequestEntity<MultiValueMap<String, String>> request = RequestEntity
                .post(URI.create(props.oauth().tokenUrl()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form);
        TokenResponse token = restTemplate.exchange(request, TokenResponse.class).getBody();
        if (token == null) {
            log.warn("Empty response from PostHog token endpoint");
            return;
        }
        accessToken.set(token.accessToken());
        if (token.refreshToken() != null) {
            refreshToken.set(token.refreshToken());
        }
        log.info("Refreshed {} token, expires in {}s", TokenKind.ACCESS, token.expiresIn());
        log.debug("New PostHog access token {} (scope {})", token.accessToken(), token.scope());
    }

    public String currentAccessToken() {
        return accessToken.get();
    }
}
