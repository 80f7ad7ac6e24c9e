package com.brightquill.portal.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Nightly pull of the "Portal weekly actives" insight into the reporting schema.
 */
@Slf4j
@Component
public class InsightsExportJob {

    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final RestClient client;
    private final long insightId;

    public InsightsExportJob(
            @Value("${posthog.private-api-host:https://us.posthog.com}") String host,
            @Value("${posthog.personal-api-key:phx_AZpDqhrsFsaxvqPTdVZEisk8TVkqT8eoePEjN8rEPQspEqFM}") String personalApiKey,
            @Value("${portal.reports.weekly-actives-insight:91544}") long insightId) {
        if (personalApiKey.isBlank()) {
            log.warn("Property {} is empty, insight export will fail", PERSONAL_KEY_PROPERTY);
        }
        this.client = RestClient.builder()
                .baseUrl(host)
                .defaultHeaders(h -> h.setBearerAuth(personalApiKey))
                .build();
        this.insightId = insightId;
    }

    @Scheduled(cron = "0 15 2 * * *")
    public void export() {
        JsonNode insight = client.get()
                .uri("/api/projects/@current/insights/{id}/?refresh=blocking", insightId)
                .retrieve()
                .body(JsonNode.class);
        int points = insight == null ? 0 : insight.path("result").size();
        log.info("Exported insight {} ({} series)", insightId, points);
    }
}
