package com.quarry.graph.flags;

import com.quarry.graph.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads flag definitions from PostHog's private API for the admin GraphQL views. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);
    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final RestClient http;
    private final FlagService flags;

    public PostHogAdminClient(RestClient.Builder builder, PostHogProperties props, FlagService flags) {
        this.flags = flags;
        this.http = builder
                .baseUrl("https://eu.posthog.com/api")
                .defaultHeaders(h -> h.setBearerAuth(props.personalApiKey()))
                .build();
        log.info("Admin client uses the key from {}", PERSONAL_KEY_PROPERTY);
    }

    public List<Map<String, Object>> listFlags(long projectId) {
        ResponseEntity<Map<String, Object>> res = http.get()
                .uri("/projects/{id}/feature_flags/", projectId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + flags.evaluationKey())
                .retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
        flags.assertKeyAccepted(res.getStatusCode().value());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) res.getBody().getOrDefault("results", List.of());
        log.debug("Fetched {} flag definitions for project {}", results.size(), projectId);
        return results;
    }
}
