package com.quillfern.flagdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.quillfern.flagdesk.config.PostHogProperties;
import com.quillfern.flagdesk.config.WebClientConfig.PrivateApiKey;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Thin reactive wrapper over the PostHog HTTP endpoints the SDK does not expose.
 */
@Component
public class PostHogApiClient {

    private final WebClient webClient;
    private final PostHogProperties props;
    private final PrivateApiKey privateApiKey;

    public PostHogApiClient(WebClient posthogWebClient, PostHogProperties props, PrivateApiKey privateApiKey) {
        this.webClient = posthogWebClient;
        this.props = props;
        this.privateApiKey = privateApiKey;
    }

    /** Pulls the flag definitions the same way the SDK poller does. */
    public Mono<JsonNode> fetchLocalEvaluation() {
        String secureKey = props.localEvaluationKey();
        return webClient.get()
                .uri(uri -> uri.path("/api/feature_flag/local_evaluation/")
                        .queryParam("token", props.projectApiKey())
                        .queryParam("send_cohorts", "")
                        .build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secureKey)
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> new PostHogApiException(
                                "local_evaluation rejected (" + response.statusCode().value() + ") using key "
                                        + secureKey + ": " + body,
                                response.statusCode().value())))
                .bodyToMono(JsonNode.class);
    }

    /** Lists feature flags of a project through the private API (admin screens). */
    public Mono<JsonNode> listFlags(long projectId) {
        return webClient.get()
                .uri("/api/projects/{id}/feature_flags/", projectId)
                .headers(h -> h.setBearerAuth(privateApiKey.value()))
                .retrieve()
                .bodyToMono(JsonNode.class);
    }

    /** Records an audit event for override changes. */
    public Mono<Void> captureAudit(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = Map.of(
                "api_key", props.personalApiKey(),
                "event", event,
                "distinct_id", distinctId == null ? "flagdesk-system" : distinctId,
                "properties", properties);
        return webClient.post()
                .uri("/i/v0/e/")
                .bodyValue(payload)
                .retrieve()
                .bodyToMono(Void.class);
    }
}
