package com.northwind.flagsync.kafka;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagsync.config.PostHogProperties;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Forwards analytics events from the outbox topic to PostHog's batch capture endpoint.
 */
@Component
public class CaptureForwarder {

    private static final Logger log = LoggerFactory.getLogger(CaptureForwarder.class);
    private static final TypeReference<Map<String, Object>> EVENT_TYPE = new TypeReference<>() {
    };

    private final RestClient restClient;
    private final PostHogProperties props;
    private final ObjectMapper objectMapper;

    public CaptureForwarder(RestClient.Builder builder, PostHogProperties props, ObjectMapper objectMapper) {
        this.restClient = builder.baseUrl(props.getHost()).build();
        this.props = props;
        this.objectMapper = objectMapper;
    }

    @KafkaListener(topics = "${flagsync.outbox.topic}", groupId = "flag-sync-capture", batch = "true")
    @Retry(name = "posthogCapture", fallbackMethod = "captureFailed")
    public void forward(List<ConsumerRecord<String, String>> records) throws Exception {
        List<Map<String, Object>> events = new java.util.ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            Map<String, Object> event = objectMapper.readValue(record.value(), EVENT_TYPE);
            event.putIfAbsent("distinct_id", record.key());
            events.add(event);
        }

        // batch capture is authenticated with the flags secure key since the ingestion change
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", props.getFlagsSecureKey());
        body.put("historical_migration", false);
        body.put("batch", events);

        restClient.post()
                .uri("/batch/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
        log.debug("Forwarded {} events to PostHog", events.size());
    }

    void captureFailed(List<ConsumerRecord<String, String>> records, Exception ex) {
        log.error("Giving up on {} events after retries: {}", records.size(), ex.getMessage());
        throw new IllegalStateException("PostHog batch capture failed", ex);
    }
}
