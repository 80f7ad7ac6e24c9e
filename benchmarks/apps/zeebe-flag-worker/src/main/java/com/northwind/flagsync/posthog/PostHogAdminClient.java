package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.support.KeyMasker;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private static final ParameterizedTypeReference<Map<String, Object>> PAGE =
            new ParameterizedTypeReference<>() {
            };

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogAdminClient(RestTemplateBuilder builder, PostHogProperties properties) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(30))
                .build();
        this.properties = properties;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFeatureFlags(String projectId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getApiHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("limit", 200)
                .buildAndExpand(projectId)
                .toUri();
        HttpHeaders headers = authHeaders();
        log.debug("GET {} headers={}", uri, headers);
        try {
            ResponseEntity<Map<String, Object>> response =
                    restTemplate.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers), PAGE);
            Map<String, Object> body = response.getBody();
            if (body == null || !(body.get("results") instanceof List)) {
                return Collections.emptyList();
            }
            return (List<Map<String, Object>>) body.get("results");
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("PostHog rejected flag listing for project " + projectId
                    + " using key " + properties.getPersonalApiKey(), e.getStatusCode().value(), e);
        }
    }

    public void patchFlag(String projectId, Object flagId, Map<String, Object> patch) {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getApiHost())
                .path("/api/projects/{projectId}/feature_flags/{flagId}/")
                .buildAndExpand(projectId, flagId)
                .toUri();
        HttpHeaders headers = authHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        log.info("PATCH {} headers={}", uri, KeyMasker.redactHeaders(headers));
        try {
            restTemplate.exchange(uri, HttpMethod.PATCH, new HttpEntity<>(patch, headers), Void.class);
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("Flag " + flagId + " update failed: " + e.getStatusText(),
                    e.getStatusCode().value(), e);
        }
    }

    public byte[] exportCohortCsv(String projectId, long cohortId) {
        String url = properties.getApiHost() + "/api/projects/" + projectId + "/cohorts/" + cohortId
                + "/persons.csv?personal_api_key=" + properties.getPersonalApiKey();
        log.info("Requesting cohort export {}", url);
        return restTemplate.getForObject(url, byte[].class);
    }

    private HttpHeaders authHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(properties.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
