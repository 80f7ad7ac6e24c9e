package com.larkvale.eventsync.posthog;

import com.larkvale.eventsync.config.PostHogProperties;
import com.larkvale.eventsync.dto.CapturePayload;
import com.larkvale.eventsync.exception.ExportFailedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Thin RestTemplate wrapper around PostHog's ingestion and local-evaluation endpoints. */
@Component
public class PostHogBatchClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogBatchClient.class);
    private static final String BATCH_PATH = "/batch/";
    private static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogBatchClient(RestTemplateBuilder builder, PostHogProperties properties) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(30))
                .build();
        this.properties = properties;
    }

    public int sendBatch(List<CapturePayload> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", events.get(0).apiKey());
        body.put("historical_migration", true);
        body.put("batch", events);
        ResponseEntity<String> response =
                restTemplate.postForEntity(properties.getHost() + BATCH_PATH, body, String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new ExportFailedException("PostHog rejected a batch of " + events.size()
                    + " events with status " + response.getStatusCode());
        }
        return events.size();
    }

    @SuppressWarnings("rawtypes")
    public int fetchFlagDefinitionCount() {
        String personalKey = properties.getPersonalApiKey();
        String url = properties.getHost() + LOCAL_EVALUATION_PATH
                + "?token=" + properties.getProjectApiKey()
                + "&personal_api_key=" + personalKey;
        log.info("Pre-flight: loading flag definitions from {}", url);

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        log.debug("Pre-flight request headers: Authorization={}", headers.getFirst(HttpHeaders.AUTHORIZATION));
        try {
            ResponseEntity<Map> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
            Object flags = response.getBody() == null ? null : response.getBody().get("flags");
            return flags instanceof List<?> list ? list.size() : 0;
        } catch (HttpClientErrorException e) {
            throw new ExportFailedException("PostHog refused flag definitions (" + e.getStatusCode()
                    + ") for personal key " + personalKey, e);
        }
    }
}
