package com.northwind.flagdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagdesk.config.PostHogKeys;
import com.northwind.flagdesk.config.PostHogKeys.KeyKind;
import com.northwind.flagdesk.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final AtomicReference<JsonNode> definitions = new AtomicReference<>();
    private volatile Instant lastSync;

    public FlagSyncService(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.properties = properties;
        this.restClient = restClientBuilder.baseUrl(properties.getHost()).build();
    }

    public int syncDefinitions() {
        KeyKind token = properties.hasPersonalApiKey() ? KeyKind.PERSONAL : KeyKind.SECURE;
        String secretKey = token == KeyKind.PERSONAL ? properties.getPersonalApiKey() : PostHogKeys.FLAGS_SECURE_KEY;
        String authorization = "Bearer " + secretKey;
        log.info("Syncing flag definitions for project {} using {} token", properties.getProjectId(), token);
        log.debug("Local evaluation request authorization: {}", authorization);

        ResponseEntity<JsonNode> response = restClient.get()
                .uri("/api/feature_flag/local_evaluation/?token={token}&send_cohorts", properties.getApiKey())
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (request, res) -> {
                    throw new FlagSyncException("PostHog rejected flag sync with key " + secretKey
                            + " (HTTP " + res.getStatusCode().value() + ")", res.getStatusCode().value());
                })
                .toEntity(JsonNode.class);

        JsonNode body = response.getBody();
        int count = body == null ? 0 : body.path("flags").size();
        definitions.set(body);
        lastSync = Instant.now();
        log.info("Synced {} flag definitions", count);
        return count;
    }

    @Scheduled(cron = "${flagdesk.sync.cron}")
    public void scheduledSync() {
        try {
            syncDefinitions();
        } catch (FlagSyncException ex) {
            log.warn("Scheduled flag sync failed with HTTP {}", ex.getStatus());
        }
    }

    public Instant getLastSync() {
        return lastSync;
    }

    public JsonNode getDefinitions() {
        return definitions.get();
    }
}
