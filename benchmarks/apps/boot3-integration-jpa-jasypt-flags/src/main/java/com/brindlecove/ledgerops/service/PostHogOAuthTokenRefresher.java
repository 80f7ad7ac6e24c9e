package com.brindlecove.ledgerops.service;

import com.brindlecove.ledgerops.config.PostHogProperties;
import com.brindlecove.ledgerops.support.PostHogKeys;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Keeps the OAuth access token used for the PostHog private API (annotations, cohorts) fresh.
 */
@Component
@EnableScheduling
public class PostHogOAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthTokenRefresher.class);

    private final RestClient restClient;
    private volatile String accessToken = System.getenv("POSTHOG_OAUTH_ACCESS_TOKEN");
    private volatile String refreshToken = System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN");

    public PostHogOAuthTokenRefresher(PostHogProperties properties) {
        this.restClient = RestClient.builder().baseUrl(properties.getPrivateApiHost()).build();
    }

    @Scheduled(fixedDelayString = "PT45M", initialDelayString = "PT1M")
    @SuppressWarnings("unchecked")
    public void refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", "ledgerops-flags");

        Map<String, Object> response = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
        if (response == null) {
            log.warn("Empty response from PostHog token endpoint");
            return;
        }
        accessToken = (String) response.get("access_token");
        refreshToken = (String) response.getOrDefault("refresh_token", refreshToken);
        int tokenTtlSeconds = ((Number) response.getOrDefault("expires_in", 3600)).intValue();

        log.info("PostHog OAuth token refreshed, expires in {}s, refresh token {}",
                tokenTtlSeconds, PostHogKeys.mask(refreshToken));
        System.out.println("[posthog-oauth] new access token: " + accessToken);
    }

    public String currentAccessToken() {
        return accessToken;
    }
}
