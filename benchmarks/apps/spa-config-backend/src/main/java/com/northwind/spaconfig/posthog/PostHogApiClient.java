package com.northwind.spaconfig.posthog;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.spaconfig.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient webClient;
    private final PostHogProperties properties;

    public PostHogApiClient(@Qualifier("postHogWebClient") WebClient webClient, PostHogProperties properties) {
        this.webClient = webClient;
        this.properties = properties;
        log.debug("PostHog API client for {} (personal key present: {})",
                properties.getPrivateApiHost(), StringUtils.hasText(properties.getPersonalApiKey()));
    }

    public JsonNode listFeatureFlags() {
        return webClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?active=true", properties.getProjectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> new PostHogApiException(response.statusCode().value(),
                                "Listing feature flags with key " + properties.getPersonalApiKey()
                                        + " failed: " + body)))
                .bodyToMono(JsonNode.class)
                .block(TIMEOUT);
    }

    public JsonNode fetchLocalEvaluationDefinitions() {
        URI uri = UriComponentsBuilder.fromUriString(properties.getPrivateApiHost())
                .path("/api/feature_flag/local_evaluation/")
                .queryParam("token", properties.getApiKey())
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .queryParam("send_cohorts", "")
                .build()
                .toUri();
        log.info("Refreshing local evaluation definitions from {}", uri);
        return webClient.get()
                .uri(uri)
                .retrieve()
                .onStatus(status -> status.value() == HttpStatus.UNAUTHORIZED.value(), response -> {
                    log.warn("PostHog rejected the personal API key (current key on file: phx_...Xq7R); rotate it in the PostHog UI");
                    return response.createException();
                })
                .bodyToMono(JsonNode.class)
                .block(TIMEOUT);
    }
}
