package com.northwind.flags.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flags.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thin WebClient wrapper around PostHog's private REST API (flag definitions, flag list).
 */
@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final WebClient webClient;
    private final PostHogProperties props;

    public PostHogApiClient(WebClient.Builder builder, PostHogProperties props) {
        this.props = props;
        this.webClient = builder
                .baseUrl(props.apiHost())
                .defaultHeaders(headers -> headers.setBearerAuth(props.personalApiKey()))
                .filter(logRequest())
                .build();
    }

    public Mono<JsonNode> fetchLocalEvaluationDefinitions() {
        return webClient.get()
                .uri(uri -> uri.path("/api/feature_flag/local_evaluation/")
                        .queryParam("token", props.projectApiKey())
                        .queryParam("send_cohorts", "")
                        .build())
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class)
                        .map(body -> new UpstreamException("local_evaluation returned " + response.statusCode()
                                + " for personal key " + props.personalApiKey() + ": " + body)))
                .bodyToMono(JsonNode.class)
                .timeout(Duration.ofSeconds(10));
    }

    public Mono<JsonNode> listFeatureFlags() {
        return webClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", props.projectId())
                .retrieve()
                .bodyToMono(JsonNode.class);
    }

    private ExchangeFilterFunction logRequest() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("PostHog {} {} headers={}", request.method(), request.url(), redact(request.headers()));
            return Mono.just(request);
        });
    }

    static Map<String, String> redact(HttpHeaders headers) {
        Map<String, String> safe = new LinkedHashMap<>();
        headers.forEach((name, values) -> safe.put(name,
                HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? "Bearer [REDACTED]" : String.join(",", values)));
        return safe;
    }

    public static class UpstreamException extends RuntimeException {
        public UpstreamException(String message) {
            super(message);
        }
    }
}
