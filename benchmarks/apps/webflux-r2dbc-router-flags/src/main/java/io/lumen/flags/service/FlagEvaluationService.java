package io.lumen.flags.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import io.lumen.flags.config.PostHogConstants;
import io.lumen.flags.config.PostHogProperties;
import io.lumen.flags.error.PostHogSyncException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final WebClient ingestClient;
    private final PostHogProperties props;
    private final FlagEventPublisher publisher;

    public FlagEvaluationService(PostHogInterface postHog,
            @Qualifier("posthogIngestClient") WebClient ingestClient,
            PostHogProperties props,
            FlagEventPublisher publisher) {
        this.postHog = postHog;
        this.ingestClient = ingestClient;
        this.props = props;
        this.publisher = publisher;
    }

    public Mono<Boolean> evaluateAndRecord(String distinctId, String flagKey, long sessionId) {
        return Mono.fromCallable(() -> postHog.isFeatureEnabled(distinctId, flagKey, false))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(enabled -> publisher
                        .publish(new FlagEventPublisher.ExposureEvent(distinctId, flagKey, enabled, sessionId, Instant.now()))
                        .onErrorResume(e -> {
                            log.warn("Dropping exposure for {}: {}", flagKey, e.toString());
                            return Mono.empty();
                        })
                        .thenReturn(enabled));
    }

    /** Raw flag definitions as the SDK sees them; the admin console renders these. */
    public Mono<JsonNode> localEvaluationDefinitions() {
        return ingestClient.get()
                .uri(uri -> uri.path(PostHogConstants.LOCAL_EVALUATION_PATH)
                        .queryParam("token", props.apiKey())
                        .queryParam("send_cohorts")
                        .build())
                .headers(headers -> headers.setBearerAuth(props.personalApiKey()))
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> Mono.just(rejected(response.statusCode())))
                .bodyToMono(JsonNode.class);
    }

    /** Server-side events that have no browser session (webhooks, scheduled rollouts). */
    public Mono<Void> captureServerEvent(String distinctId, String event, Map<String, Object> properties) {
        return ingestClient.post()
                .uri(PostHogConstants.CAPTURE_PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("api_key", props.personalApiKey(), "event", event, "distinct_id", distinctId, "properties", properties))
                .retrieve()
                .toBodilessEntity()
                .then();
    }

    public Map<String, Object> status() {
        return Map.of(
                "host", props.host(),
                "localEvaluation", props.personalApiKey() != null && !props.personalApiKey().isBlank(),
                "personalKeyHint", PostHogProperties.mask(props.personalApiKey()));
    }

    public Map<String, Object> diagnostics() {
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        diagnostics.put("host", props.host());
        diagnostics.put("projectId", props.projectId());
        diagnostics.put("projectApiKey", props.apiKey());
        diagnostics.put("personalApiKey", props.personalApiKey());
        diagnostics.put("pollIntervalSeconds", props.pollIntervalSeconds());
        return diagnostics;
    }

    private PostHogSyncException rejected(HttpStatusCode status) {
        return new PostHogSyncException(status.value(), "Local evaluation rejected for personal key " + props.personalApiKey());
    }
}
