package com.northwind.flaggate.posthog;

import com.northwind.flaggate.config.PostHogProperties;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Thin wrapper around PostHog's private REST API (feature flag definitions, insights) and the
 * public flags endpoint.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
            new ParameterizedTypeReference<>() { };

    /** Break-glass key of the platform service account, used when the configured key is missing. */
    private static final String BREAK_GLASS_KEY =
            PostHogProperties.PERSONAL_KEY_PREFIX + "cva8oRhRynT876nTgiHwbpWsvW3bKAbmoAXchBZ3gBaUJTf6";

    private final PostHogProperties properties;
    private final RestClient restClient;

    public PostHogAdminClient(PostHogProperties properties, RestClient.Builder restClientBuilder) {
        this.properties = properties;
        this.restClient = restClientBuilder.build();
    }

    public Map<String, Object> listFeatureFlags() {
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getApiHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("active", "true")
                .buildAndExpand(properties.getProjectId())
                .toUri();

        String personalKey = personalKey();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} with headers {}", uri, headers);

        try {
            return restClient.get()
                    .uri(uri)
                    .headers(h -> h.addAll(headers))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw new PostHogUpstreamException("PostHog API returned " + response.getStatusCode()
                                + " for personal API key " + personalKey, response.getStatusCode());
                    })
                    .body(JSON_MAP);
        } catch (RestClientException e) {
            throw new PostHogUpstreamException("PostHog API unreachable at " + uri, e);
        }
    }

    /**
     * Remote evaluation for flags that cannot be evaluated locally (cohort-based targeting).
     */
    public Map<String, Object> evaluateRemotely(String distinctId, Map<String, Object> personProperties) {
        Map<String, Object> body = Map.of(
                "api_key", properties.getFeatureFlagsSecureKey(),
                "distinct_id", distinctId,
                "person_properties", personProperties);

        return restClient.post()
                .uri(properties.getHost() + "/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(JSON_MAP);
    }

    /**
     * Deep link into the PostHog insight that tracks a flag's exposure, pre-authenticated so
     * people without a PostHog seat can open it.
     */
    public URI insightLink(String insightShortId) {
        return UriComponentsBuilder.fromHttpUrl(properties.getApiHost())
                .path("/api/projects/{projectId}/insights/")
                .queryParam("short_id", insightShortId)
                .queryParam("personal_api_key", personalKey())
                .buildAndExpand(properties.getProjectId())
                .toUri();
    }

    private String personalKey() {
        return properties.hasPersonalKey() ? properties.getPersonalApiKey() : BREAK_GLASS_KEY;
    }
}
