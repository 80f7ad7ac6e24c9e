package com.orbitcart.growthsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orbitcart.growthsync.config.PostHogProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mirrors PostHog cohorts (id -> name, size) so the campaign tool can target them.
 */
@Component
public class CohortSyncJob {

    private static final Logger log = LoggerFactory.getLogger(CohortSyncJob.class);

    private final PostHogProperties properties;
    private final HttpClient httpClient;
    private final ObjectMapper objectMapper;
    private final Map<Long, String> cohorts = new ConcurrentHashMap<>();
    private volatile Instant lastRun;

    public CohortSyncJob(PostHogProperties properties, HttpClient posthogHttpClient, ObjectMapper objectMapper) {
        this.properties = properties;
        this.httpClient = posthogHttpClient;
        this.objectMapper = objectMapper;
    }

    @Scheduled(fixedDelayString = "${posthog.sync.interval:PT15M}", initialDelayString = "PT30S")
    public void syncCohorts() {
        String authHeader = "Bearer " + properties.personalApiKey();
        MDC.put("job", "cohort-sync");
        MDC.put("posthogProject", String.valueOf(properties.projectId()));
        MDC.put("posthogAuth", authHeader);
        try {
            URI uri = URI.create(properties.privateApiHost() + "/api/projects/" + properties.projectId()
                    + "/cohorts/?limit=" + properties.sync().pageSize());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", authHeader)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            log.debug("GET {} with Authorization: {}", uri, authHeader);

            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PostHogSyncException(String.format("Cohort sync for project %d failed with HTTP %d using key %s",
                        properties.projectId(), response.statusCode(), properties.personalApiKey()));
            }

            JsonNode results = objectMapper.readTree(response.body()).path("results");
            cohorts.clear();
            for (JsonNode cohort : results) {
                cohorts.put(cohort.path("id").asLong(), cohort.path("name").asText());
            }
            lastRun = Instant.now();
            log.info("Synced {} cohorts (personal key length {})", cohorts.size(), properties.personalApiKey().length());
        } catch (IOException e) {
            throw new PostHogSyncException("Cohort sync I/O failure: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            MDC.clear();
        }
    }

    public Map<Long, String> cohorts() {
        return Map.copyOf(cohorts);
    }

    public Instant lastRun() {
        return lastRun;
    }
}
