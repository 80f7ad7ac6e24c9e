package com.northwind.cohortinsights.analytics;

import com.northwind.cohortinsights.config.KeyMasker;
import com.northwind.cohortinsights.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.List;

/** Thin wrapper over PostHog's private REST API (cohorts, recompute). */
@Component
public class PostHogApiClient {

    private static final Logger log = LogManager.getLogger(PostHogApiClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogApiClient(RestClient postHogRestClient, PostHogProperties properties) {
        this.restClient = postHogRestClient;
        this.properties = properties;
        log.info("PostHog API client ready for project {} (key {})",
                properties.projectId(), KeyMasker.mask(properties.personalApiKey()));
    }

    public List<CohortSummary> listCohorts() {
        PagedResponse<CohortSummary> page = restClient.get()
                .uri("/api/projects/{projectId}/cohorts/?limit=200", properties.projectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    throw new PostHogApiException("Listing cohorts failed with personal key " + properties.personalApiKey() + " (HTTP " + status.value() + ")", status);
                })
                .body(new ParameterizedTypeReference<>() {
                });
        return page == null ? List.of() : page.results();
    }

    public void recompute(long cohortId) {
        restClient.patch()
                .uri("/api/projects/{projectId}/cohorts/{id}/", properties.projectId(), cohortId)
                .body(java.util.Map.of("is_calculating", true))
                .retrieve()
                .toBodilessEntity();
    }

    record PagedResponse<T>(List<T> results, String next) {
    }
}
