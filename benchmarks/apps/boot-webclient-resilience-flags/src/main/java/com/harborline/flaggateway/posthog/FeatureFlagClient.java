package com.harborline.flaggateway.posthog;

import java.util.Map;

import com.harborline.flaggateway.config.PostHogProperties;
import com.harborline.flaggateway.config.ResilienceConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Thin HTTP client for the PostHog flag endpoints that the server SDK does not
 * expose the way we need (raw /flags payloads, definition export).
 */
@Slf4j
@Component
public class FeatureFlagClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
            new ParameterizedTypeReference<>() {
            };

    private final WebClient webClient;
    private final PostHogProperties properties;
    private final CircuitBreaker breaker;

    public FeatureFlagClient(@Qualifier("postHogWebClient") WebClient webClient,
                             PostHogProperties properties,
                             CircuitBreakerRegistry registry) {
        this.webClient = webClient;
        this.properties = properties;
        this.breaker = registry.circuitBreaker(ResilienceConfig.POSTHOG_BREAKER);
    }

    /** Remote evaluation through the public /flags endpoint. */
    public Mono<Map<String, Object>> evaluateRemote(String distinctId, Map<String, Object> personProperties) {
        Map<String, Object> body = Map.of("api_key", properties.getProjectApiKey(), "distinct_id", distinctId, "person_properties", personProperties);
        return postFlags(body);
    }

    /** Flags tagged "server only" must not be evaluated with the public key. */
    public Mono<Map<String, Object>> evaluateServerOnly(String distinctId) {
        Map<String, Object> body = Map.of("api_key", properties.getPersonalApiKey(), "distinct_id", distinctId);
        return postFlags(body);
    }

    /** Full flag definitions, as the SDK pulls them for local evaluation. */
    public Mono<Map<String, Object>> fetchDefinitions() {
        String personalKey = properties.getPersonalApiKey();
        return webClient.get()
                .uri(uri -> uri.path("/api/feature_flag/local_evaluation/")
                        .queryParam("token", personalKey)
                        .queryParam("send_cohorts")
                        .build())
                .headers(headers -> headers.setBearerAuth(personalKey))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(text -> new FlagEvaluationException("Local evaluation rejected for key " + personalKey + ": " + text, response.statusCode())))
                .bodyToMono(JSON_MAP)
                .timeout(properties.getRequestTimeout())
                .transformDeferred(CircuitBreakerOperator.of(breaker));
    }

    private Mono<Map<String, Object>> postFlags(Map<String, Object> body) {
        return webClient.post()
                .uri("/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(JSON_MAP)
                .timeout(properties.getRequestTimeout())
                .doOnNext(result -> log.debug("PostHog returned {} flags", ((Map<?, ?>) result.getOrDefault("flags", Map.of())).size()));
    }
}
