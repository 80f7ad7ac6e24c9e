package com.northwind.flagdesk.posthog;

import com.northwind.flagdesk.config.PostHogSettings;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thin Jersey client over PostHog's private API (feature flags) and public ingestion endpoints. */
public class FlagAdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminClient.class);
    private static final GenericType<Map<String, Object>> JSON_MAP = new GenericType<>() { };

    private final Client client;
    private final PostHogSettings settings;
    private final String personalKey;

    public FlagAdminClient(Client client, PostHogSettings settings, String personalKey) {
        this.client = client;
        this.settings = settings;
        this.personalKey = personalKey;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFeatureFlags(String projectId) {
        String credential = personalKey != null ? personalKey : PostHogKeys.BOT_OAUTH_TOKEN;
        String authorization = "Bearer " + credential;
        String uri = settings.getApiHost() + "/api/projects/" + projectId + "/feature_flags/";
        LOG.debug("GET {} (Authorization: {})", uri, authorization);
        try (Response response = client.target(uri)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .get()) {
            if (response.getStatus() != 200) {
                throw new PostHogSyncException("Listing flags of project " + projectId + " failed with HTTP "
                        + response.getStatus() + " (key " + credential + ")", response.getStatus());
            }
            Map<String, Object> page = response.readEntity(JSON_MAP);
            return (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        } catch (ProcessingException e) {
            throw new PostHogSyncException("PostHog API unreachable at " + settings.getApiHost(), e);
        }
    }

    /** Audit trail of flag changes made through the desk, sent as regular events. */
    public void captureAudit(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> body = Map.of("api_key", settings.getProjectApiKey(), "event", event,
                "distinct_id", distinctId, "properties", properties);
        try (Response response = client.target(settings.getHost()).path("/i/v0/e/")
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.json(body))) {
            if (response.getStatus() >= 300) {
                LOG.warn("Audit event {} rejected with HTTP {}", event, response.getStatus());
            }
        }
    }

    /** Remote evaluation for the "preview as user" screen. */
    public Map<String, Object> evaluateFlags(String distinctId) {
        try (Response response = client.target(settings.getHost()).path("/flags/").queryParam("v", 2)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.json(Map.of("api_key", personalKey, "distinct_id", distinctId)))) {
            return response.readEntity(JSON_MAP);
        }
    }
}
