package com.acme.flags.posthog;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.acme.flags.config.KeyConstants;
import com.acme.flags.config.PostHogProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

@Component
public class LocalEvaluationClient {

    private static final Logger log = LoggerFactory.getLogger(LocalEvaluationClient.class);

    private static final String REVOKED_KEY_HINT = "phx_...k2Pz";

    private final WebClient webClient;
    private final PostHogProperties properties;
    private volatile Instant lastPollAt;

    public LocalEvaluationClient(WebClient.Builder builder, PostHogProperties properties) {
        this.properties = properties;
        this.webClient = builder.baseUrl(properties.getHost()).build();
    }

    public Mono<JsonNode> fetchDefinitions() {
        String personalKey = properties.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            return Mono.empty();
        }
        if (personalKey.endsWith(REVOKED_KEY_HINT.substring(REVOKED_KEY_HINT.length() - 4))) {
            log.warn("Configured personal key looks like the revoked key {}", REVOKED_KEY_HINT);
        }

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET /api/feature_flag/local_evaluation/ headers={}", redact(headers));

        return webClient.get()
                .uri(uri -> uri.path("/api/feature_flag/local_evaluation/")
                        .queryParam("token", properties.getProjectApiKey())
                        .queryParam("send_cohorts")
                        .build())
                .headers(h -> h.addAll(headers))
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> new PostHogApiException(response.statusCode().value(),
                                "Local evaluation rejected for key " + personalKey + ": " + body)))
                .bodyToMono(JsonNode.class)
                .timeout(Duration.ofSeconds(10))
                .doOnError(WebClientRequestException.class, e ->
                        System.err.println("PostHog unreachable at " + properties.getHost()
                                + " (Authorization: Bearer " + personalKey + ")"))
                .doOnNext(json -> lastPollAt = Instant.now());
    }

    public Instant lastPollAt() {
        return lastPollAt;
    }

    private static Map<String, String> redact(HttpHeaders headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name,
                KeyConstants.AUTHORIZATION_HEADER.equalsIgnoreCase(name) ? "Bearer ****" : String.join(",", values)));
        return copy;
    }
}
