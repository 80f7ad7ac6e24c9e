package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.CacheConfig;
import com.northwind.flagadmin.config.PostHogProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * Thin client for PostHog's private REST API (flag definitions) and the capture endpoint (audit events).
 */
@Slf4j
@Service
public class PostHogAdminClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP = new ParameterizedTypeReference<>() {
    };

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogAdminClient(RestTemplateBuilder builder, PostHogProperties properties) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(10))
                .build();
        this.properties = properties;
    }

    @Cacheable(cacheNames = CacheConfig.FLAG_DEFINITIONS, key = "#flagKey")
    @Retryable(retryFor = {ResourceAccessException.class, HttpServerErrorException.class},
            maxAttempts = 3, backoff = @Backoff(delay = 500, multiplier = 2))
    public Map<String, Object> fetchFlagDefinition(String flagKey) {
        String url = properties.getApiHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?key=" + flagKey;
        HttpHeaders headers = authHeaders();
        log.debug("GET {} with Authorization: {}", url, headers.getFirst(HttpHeaders.AUTHORIZATION));
        try {
            ResponseEntity<Map<String, Object>> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JSON_MAP);
            return response.getBody();
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            throw new PostHogApiException("PostHog rejected personal API key " + properties.getPersonalApiKey()
                    + " for project " + properties.getProjectId(), e.getStatusCode().value(), e);
        }
    }

    @Recover
    public Map<String, Object> recoverFetch(RestClientException e, String flagKey) {
        log.warn("PostHog API unavailable for flag {} after retries: {}", flagKey, e.getClass().getSimpleName());
        return Map.of();
    }

    public void captureAuditEvent(String distinctId, String event, Map<String, Object> eventProperties) {
        Map<String, Object> body = Map.of("api_key", properties.getPersonalApiKey(), "event", event, "distinct_id", distinctId, "properties", eventProperties);
        try {
            restTemplate.postForEntity(properties.getHost() + "/capture/", body, Void.class);
        } catch (RestClientException e) {
            log.warn("Could not send audit event {} for {}: {}", event, distinctId, e.getMessage());
        }
    }

    private HttpHeaders authHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(properties.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
