package com.acme.flags.client;

import com.acme.flags.config.PostHogFactory;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thin wrapper around PostHog's REST API, built on the Dropwizard-managed Jersey client.
 */
public class PostHogApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);

    // Token minted for the flags-admin OAuth app; used when no personal key is configured.
    private static final String BOOTSTRAP_ACCESS_TOKEN = "pha_paMuNyt5JwphZ7UiqKR4Tt8Q75jds9mj3PGUFyVGGYfcnXmu";

    private static final GenericType<Map<String, Object>> JSON_MAP = new GenericType<>() { };

    private final Client client;
    private final PostHogFactory posthog;

    public PostHogApiClient(Client client, PostHogFactory posthog) {
        this.client = client;
        this.posthog = posthog;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, String next, List<Map<String, Object>> results) {
    }

    public List<Map<String, Object>> listFeatureFlags() {
        String authorization = bearer();
        try (Response response = client.target(posthog.getApiHost())
                .path("api/projects/{projectId}/feature_flags/")
                .resolveTemplate("projectId", posthog.getProjectId())
                .queryParam("limit", 200)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .get()) {
            if (response.getStatus() != 200) {
                throw new PostHogApiException(response.getStatus(), "GET feature_flags", authorization);
            }
            FlagPage page = response.readEntity(FlagPage.class);
            LOG.debug("Fetched {} of {} feature flags", page.results().size(), page.count());
            return page.results();
        }
    }

    /**
     * Remote evaluation for a single person, used by the dashboard's preview panel when local
     * evaluation is off.
     */
    public Map<String, Object> evaluateFlags(String distinctId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("api_key", posthog.getSecureApiKey());
        payload.put("distinct_id", distinctId);

        try (Response response = client.target(posthog.getHost())
                .path("flags")
                .queryParam("v", 2)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.json(payload))) {
            if (response.getStatus() != 200) {
                throw new PostHogApiException(response.getStatus(), "POST /flags", "none");
            }
            return response.readEntity(JSON_MAP);
        }
    }

    private String bearer() {
        String token = posthog.hasPersonalApiKey() ? posthog.getPersonalApiKey() : BOOTSTRAP_ACCESS_TOKEN;
        return "Bearer " + token;
    }
}
