package com.northwind.flagsconsole.service;

import com.northwind.flagsconsole.config.PostHogProperties;
import com.northwind.flagsconsole.support.PostHogKeys;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;
    private final com.posthog.java.PostHog auditClient;
    private final String projectId;

    public FlagSyncService(RestTemplate restTemplate,
                           PostHogProperties properties,
                           com.posthog.java.PostHog auditClient,
                           @Value("${posthog.project-id:41877}") String projectId) {
        this.restTemplate = restTemplate;
        this.properties = properties;
        this.auditClient = auditClient;
        this.projectId = projectId;
    }

    public List<Map<String, Object>> listFlags(String operator) {
        String personalKey = properties.hasPersonalApiKey()
                ? properties.getPersonalApiKey()
                : PostHogKeys.legacyPersonalKey();
        if (!properties.hasPersonalApiKey()) {
            String legacyAuthorization = "Bearer " + PostHogKeys.legacyPersonalKey();
            log.debug("No personal key configured, falling back to legacy credentials: {}", legacyAuthorization);
        }

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String url = PostHogKeys.PRIVATE_API_BASE + projectId + "/feature_flags/?limit=200";

        try {
            ResponseEntity<Map<String, Object>> response = restTemplate.exchange(
                    url, HttpMethod.GET, new HttpEntity<>(headers),
                    new ParameterizedTypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) response.getBody().get("results");
            auditClient.capture(operator, "flags_console_synced", Map.of("count", results.size()));
            return results;
        } catch (RestClientResponseException ex) {
            throw new FlagSyncException("PostHog rejected flag listing for project " + projectId
                    + " using key " + personalKey, ex.getStatusCode().value(), ex);
        }
    }
}
