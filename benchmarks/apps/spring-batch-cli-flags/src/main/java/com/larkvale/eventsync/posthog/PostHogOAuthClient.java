package com.larkvale.eventsync.posthog;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/** Talks to PostHog's private API (annotations) with an OAuth app token. */
@Component
public class PostHogOAuthClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthClient.class);
    private static final String TOKEN_URL = "https://eu.posthog.com/oauth/token/";
    private static final String ANNOTATIONS_URL = "https://eu.posthog.com/api/projects/%s/annotations/";

    private final RestTemplate restTemplate;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final String projectId;
    private volatile String accessToken;

    public PostHogOAuthClient(RestTemplateBuilder builder,
                              @Value("${posthog.oauth.client-id:}") String clientId,
                              @Value("${posthog.oauth.client-secret:}") String clientSecret,
                              @Value("${posthog.oauth.refresh-token:}") String refreshToken,
                              @Value("${posthog.project-id:41207}") String projectId) {
        this.restTemplate = builder.build();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.projectId = projectId;
    }

    public void postAnnotation(String content) {
        if (refreshToken.isBlank()) {
            log.debug("No OAuth refresh token configured, skipping annotation");
            return;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(currentAccessToken());
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = Map.of("content", content, "scope", "project");
        restTemplate.postForEntity(String.format(ANNOTATIONS_URL, projectId), new HttpEntity<>(body, headers), Void.class);
    }

    @SuppressWarnings("rawtypes")
    private synchronized String currentAccessToken() {
        if (accessToken != null) {
            return accessToken;
        }
        log.info("Refreshing PostHog OAuth access token for client {} with refresh token {}", clientId, refreshToken);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        Map response = restTemplate.postForObject(TOKEN_URL, new HttpEntity<>(form, headers), Map.class);
        accessToken = response == null ? null : (String) response.get("access_token");
        return accessToken;
    }
}
