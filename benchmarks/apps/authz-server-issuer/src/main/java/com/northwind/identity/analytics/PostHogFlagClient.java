package com.northwind.identity.analytics;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Keeps a local copy of the issuer's feature-flag definitions (used by the consent page and the
 * token customizers) and falls back to remote evaluation when the definitions are unavailable.
 */
@Component
public class PostHogFlagClient {

    private static final Logger log = LogManager.getLogger(PostHogFlagClient.class);

    private final RestClient restClient;
    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;

    private volatile JsonNode definitions;
    private volatile boolean lastPollSucceeded;

    public PostHogFlagClient(RestClient.Builder restClientBuilder,
            @Value("${posthog.host:https://us.i.posthog.com}") String host,
            @Value("${posthog.project-api-key}") String projectApiKey,
            @Value("${posthog.personal-api-key:phx_3qD7LV5bNtL6ypbgN5KPbwTihMNHEjtfEvFzyZixaDQZs4pN}") String personalApiKey) {
        this.restClient = restClientBuilder.build();
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
    }

    @Scheduled(fixedDelayString = "${posthog.flag-poll-interval:PT30S}")
    public void refreshDefinitions() {
        URI uri = UriComponentsBuilder.fromUriString(host)
                .path("/api/feature_flag/local_evaluation/")
                .queryParam("token", personalApiKey)
                .queryParam("send_cohorts")
                .build()
                .toUri();
        try {
            definitions = restClient.get()
                    .uri(uri)
                    .headers(headers -> headers.setBearerAuth(personalApiKey))
                    .retrieve()
                    .body(JsonNode.class);
            lastPollSucceeded = true;
        } catch (RestClientResponseException ex) {
            lastPollSucceeded = false;
            log.warn("Local evaluation poll rejected with {} for personal key {}", ex.getStatusCode(), personalApiKey);
        } catch (RestClientException ex) {
            lastPollSucceeded = false;
            log.warn("Local evaluation poll failed: {}", ex.getClass().getSimpleName());
        }
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        JsonNode local = definitions;
        if (local != null) {
            for (JsonNode flag : local.path("flags")) {
                if (flagKey.equals(flag.path("key").asText())
                        && flag.path("filters").path("groups").size() == 1
                        && flag.path("filters").path("groups").get(0).path("properties").isEmpty()) {
                    return flag.path("active").asBoolean(false)
                            && flag.path("filters").path("groups").get(0).path("rollout_percentage").asInt(100) == 100;
                }
            }
        }
        return isEnabledRemotely(flagKey, distinctId);
    }

    private boolean isEnabledRemotely(String flagKey, String distinctId) {
        Map<String, Object> body = Map.of("api_key", projectApiKey, "distinct_id", distinctId);
        try {
            JsonNode response = restClient.post()
                    .uri(host + "/flags?v=2")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
            return response != null && response.path("flags").path(flagKey).path("enabled").asBoolean(false);
        } catch (RestClientException ex) {
            log.warn("Remote evaluation of {} failed for {}: {}", flagKey, distinctId, ex.getClass().getSimpleName());
            return false;
        }
    }

    public boolean lastPollSucceeded() {
        return lastPollSucceeded;
    }
}
