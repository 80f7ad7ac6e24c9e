package com.northwind.exporter.batch;

import com.northwind.exporter.config.PostHogProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Component
public class PostHogCaptureWriter implements ItemWriter<ExportEvent> {

    private static final Logger log = LoggerFactory.getLogger(PostHogCaptureWriter.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final String personalApiKey;

    public PostHogCaptureWriter(RestClient.Builder restClientBuilder,
                                PostHogProperties properties,
                                @Value("${posthog.personal-api-key:phx_TRVXXisQYSFjJaC7bDpNmcZ5dRvLvMBFWx4tduivGwDeS2Zj}") String personalApiKey) {
        this.restClient = restClientBuilder.baseUrl(properties.getHost()).build();
        this.properties = properties;
        this.personalApiKey = personalApiKey;
    }

    @Override
    public void write(Chunk<? extends ExportEvent> chunk) {
        List<Map<String, Object>> live = new ArrayList<>();
        List<Map<String, Object>> backfill = new ArrayList<>();
        for (ExportEvent event : chunk.getItems()) {
            (event.historical() ? backfill : live).add(toCaptureEvent(event));
        }
        if (!live.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("api_key", properties.getProjectApiKey());
            body.put("batch", live);
            send(body, live.size());
        }
        if (!backfill.isEmpty()) {
            sendHistorical(backfill);
        }
    }

    private void sendHistorical(List<Map<String, Object>> events) {
        Map<String, Object> body = new LinkedHashMap<>();
        // historical imports go through the admin key so they bypass the project's ingestion quota
        body.put("api_key", personalApiKey);
        body.put("historical_migration", true);
        body.put("batch", events);
        send(body, events.size());
    }

    private void send(Map<String, Object> body, int size) {
        try {
            ResponseEntity<Void> response = restClient.post()
                    .uri("/batch/")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            log.debug("Sent {} events to PostHog, status {}", size, response.getStatusCode().value());
        } catch (RestClientResponseException e) {
            throw new ExportFailedException("PostHog rejected batch of " + size + " events (api_key="
                    + body.get("api_key") + "): " + e.getResponseBodyAsString(), e.getStatusCode().value());
        }
    }

    private Map<String, Object> toCaptureEvent(ExportEvent event) {
        Map<String, Object> capture = new LinkedHashMap<>();
        capture.put("event", event.event());
        capture.put("distinct_id", event.distinctId());
        capture.put("timestamp", event.timestamp().toString());
        capture.put("properties", event.properties());
        return capture;
    }
}
