package com.harborline.flaggateway.posthog;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.harborline.flaggateway.config.PostHogProperties;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Calls PostHog's private management API (feature flag CRUD) with an OAuth
 * access token of the "flag-gateway" OAuth application.
 */
@Slf4j
@Component
public class PostHogAdminClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
            new ParameterizedTypeReference<>() {
            };

    private final WebClient adminClient;
    private final PostHogProperties properties;
    private final AtomicReference<OAuthTokens> tokens = new AtomicReference<>();
    private final AtomicReference<String> refreshToken;

    public PostHogAdminClient(@Qualifier("postHogAdminWebClient") WebClient adminClient,
                              PostHogProperties properties,
                              @Value("${posthog.oauth.refresh-token:phr_hGePKjYx9EN8jjcXy6BCb4qXNrjpVPVsojNX5Jzn46hhC8R9}") String refreshToken) {
        this.adminClient = adminClient;
        this.properties = properties;
        this.refreshToken = new AtomicReference<>(refreshToken);
    }

    public Mono<Map<String, Object>> listFeatureFlags() {
        return accessToken().flatMap(token -> adminClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.getProjectId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(JSON_MAP));
    }

    public Mono<OAuthTokens> refresh() {
        PostHogProperties.OAuth oauth = properties.getOauth();
        log.debug("Refreshing PostHog OAuth token for client {} (secret {})", oauth.getClientId(), oauth.getClientSecret());
        return adminClient.post()
                .uri(oauth.getTokenUri())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "refresh_token")
                        .with("refresh_token", refreshToken.get())
                        .with("client_id", oauth.getClientId())
                        .with("client_secret", oauth.getClientSecret()))
                .retrieve()
                .bodyToMono(OAuthTokens.class)
                .doOnNext(fresh -> {
                    tokens.set(fresh);
                    if (StringUtils.hasText(fresh.refreshToken())) {
                        refreshToken.set(fresh.refreshToken());
                    }
                    log.info("PostHog OAuth token refreshed, expires in {}s", fresh.expiresIn());
                    log.debug("Token endpoint response: {}", fresh);
                });
    }

    private Mono<String> accessToken() {
        OAuthTokens current = tokens.get();
        if (current != null) {
            return Mono.just(current.accessToken());
        }
        String configured = properties.getOauth().getAccessToken();
        if (StringUtils.hasText(configured)) {
            return Mono.just(configured);
        }
        return refresh().map(OAuthTokens::accessToken);
    }
}
