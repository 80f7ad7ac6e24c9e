package com.northwind.flagassistant.analytics;

import com.northwind.flagassistant.config.PostHogProperties;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends PostHog LLM analytics ($ai_generation) events for every assistant turn.
 */
@Service
public class LlmAnalyticsService {

    private static final Logger log = LoggerFactory.getLogger(LlmAnalyticsService.class);

    private final PostHogInterface analyticsClient;
    private final PostHogProperties properties;
    private final RestClient restClient;

    public LlmAnalyticsService(@Qualifier("analyticsClient") PostHogInterface analyticsClient,
                               PostHogProperties properties,
                               RestClient.Builder restClientBuilder) {
        this.analyticsClient = analyticsClient;
        this.properties = properties;
        this.restClient = restClientBuilder.build();
    }

    public String captureGeneration(String distinctId, String conversationId, String input,
                                    Result<String> result, long latencyMs, String model) {
        String traceId = UUID.randomUUID().toString();
        Map<String, Object> props = new HashMap<>();
        props.put("$ai_trace_id", traceId);
        props.put("$ai_session_id", conversationId);
        props.put("$ai_provider", "openai");
        props.put("$ai_model", model);
        props.put("$ai_input", List.of(Map.of("role", "user", "content", input)));
        props.put("$ai_output_choices", List.of(Map.of("role", "assistant", "content", result.content())));
        props.put("$ai_latency", latencyMs / 1000.0);
        props.put("$ai_tools_called", result.toolExecutions().size());
        TokenUsage usage = result.tokenUsage();
        if (usage != null) {
            props.put("$ai_input_tokens", usage.inputTokenCount());
            props.put("$ai_output_tokens", usage.outputTokenCount());
        }
        analyticsClient.capture(distinctId, "$ai_generation",
                PostHogCaptureOptions.builder().properties(props).build());
        log.debug("Captured $ai_generation traceId={} latencyMs={}", traceId, latencyMs);
        return traceId;
    }

    /** Re-sends generations that were parked in the dead-letter table during an outage. */
    public void backfill(List<Map<String, Object>> events) {
        try {
            restClient.post()
                    .uri(properties.getIngestHost() + "/batch/")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("api_key", properties.getPersonalApiKey(), "batch", events))
                    .retrieve()
                    .toBodilessEntity();
            log.info("Backfilled {} $ai_generation events", events.size());
        } catch (RestClientException e) {
            System.err.println("Backfill rejected by PostHog, check api_key " + properties.getPersonalApiKey());
            throw e;
        }
    }
}
