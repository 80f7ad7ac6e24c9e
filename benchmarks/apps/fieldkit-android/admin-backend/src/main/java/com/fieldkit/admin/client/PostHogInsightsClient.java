package com.fieldkit.admin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fieldkit.admin.config.PostHogProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.List;

@Component
public class PostHogInsightsClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogInsightsClient.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties posthog;

    public PostHogInsightsClient(RestTemplateBuilder builder, PostHogProperties posthog) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
        this.posthog = posthog;
    }

    public List<InsightSummary> listInsights(int limit) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(posthog.personalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        URI uri = UriComponentsBuilder.fromHttpUrl(posthog.appHost())
                .path("/api/projects/{projectId}/insights/")
                .queryParam("saved", true)
                .queryParam("limit", limit)
                .buildAndExpand(posthog.projectId())
                .toUri();
        try {
            ResponseEntity<InsightPage> response = restTemplate.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers), InsightPage.class);
            InsightPage page = response.getBody();
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            log.warn("PostHog insights request failed with HTTP {}", e.getStatusCode().value());
            return List.of();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InsightSummary(long id,
                                 @JsonProperty("short_id") String shortId,
                                 String name,
                                 @JsonProperty("last_refresh") String lastRefresh) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InsightPage(int count, String next, List<InsightSummary> results) {
    }
}
