package com.northwind.digest.analytics;

import com.northwind.digest.config.PostHogKeys;
import com.northwind.digest.config.PostHogSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Talks to PostHog's private REST API (flag definitions) and to the capture endpoint for
 * backfilled server events.
 */
@ApplicationScoped
public class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class);

    private final Client http = ClientBuilder.newClient();

    @Inject
    PostHogSettings settings;

    public List<Map<String, Object>> listFeatureFlags() {
        String uri = settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/";
        String personalApiKey = settings.personalApiKey();
        if (personalApiKey == null) {
            throw new IllegalStateException(PostHogKeys.PERSONAL_KEY_PROPERTY
                    + " is required for flag sync, e.g. " + PostHogKeys.PERSONAL_KEY_EXAMPLE);
        }

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey);
        headers.put(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        LOG.debugf("GET %s headers=%s", uri, headers);

        try (Response response = http.target(uri)
                .queryParam("active", "true")
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey)
                .get()) {
            if (response.getStatus() != 200) {
                throw new PostHogSyncException("Flag sync for project " + settings.projectId()
                        + " rejected (HTTP " + response.getStatus() + ") using Bearer " + personalApiKey,
                        response.getStatus());
            }
            Map<String, Object> page = response.readEntity(new GenericType<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) page.getOrDefault("results", List.of());
            return results;
        }
    }

    /** Replays digest events that failed to reach PostHog through the SDK. */
    public void backfillEvent(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", settings.personalApiKey());
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.put("properties", properties);
        body.put("timestamp", Instant.now().toString());

        try (Response response = http.target(settings.host() + "/i/v0/e/")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(body))) {
            LOG.debugf("Backfilled %s for %s -> HTTP %d", event, distinctId, response.getStatus());
        }
    }

    @PreDestroy
    void shutdown() {
        http.close();
    }
}
