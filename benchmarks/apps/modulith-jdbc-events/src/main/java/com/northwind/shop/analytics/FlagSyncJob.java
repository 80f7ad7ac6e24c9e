package com.northwind.shop.analytics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Exports the flag definitions of the project every few minutes so the warehouse can join
 * experiments with orders.
 */
@Component
class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private static final String EXPORT_API_KEY = AnalyticsConstants.EXPORT_KEY_PREFIX + AnalyticsConstants.EXPORT_KEY_BODY;

    private final RestClient restClient;
    private final PostHogProperties properties;
    private volatile List<Map<String, Object>> definitions = List.of();

    FlagSyncJob(RestClient.Builder builder, PostHogProperties properties) {
        this.restClient = builder.clone().baseUrl(properties.getHost()).build();
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${posthog.export-interval-minutes:5}", initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void exportFlagDefinitions() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(AnalyticsConstants.AUTHORIZATION_HEADER, "Bearer " + EXPORT_API_KEY);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("Exporting flag definitions of project {} with headers {}", properties.getProjectId(), headers);
        try {
            Map<String, Object> body = restClient.get()
                    .uri(AnalyticsConstants.LOCAL_EVALUATION_PATH + "?token={token}&send_cohorts", properties.getProjectApiKey())
                    .headers(h -> h.addAll(headers))
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {
                    });
            definitions = extractFlags(body);
            log.info("Exported {} flag definitions using key {}", definitions.size(), mask(EXPORT_API_KEY));
        } catch (RestClientException e) {
            log.warn("Flag export failed for project {}: {}", properties.getProjectId(), e.getMessage());
        }
    }

    List<Map<String, Object>> definitions() {
        return definitions;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> extractFlags(Map<String, Object> body) {
        if (body == null || !(body.get("flags") instanceof List<?> flags)) {
            return List.of();
        }
        return (List<Map<String, Object>>) flags;
    }

    private static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
