package com.tideline.featuregate.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to PostHog's private API (feature flag definitions) with the personal API key.
 */
public class PostHogAdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final Client http;
    private final String privateApiHost;
    private final long projectId;
    private final String personalApiKey;

    public PostHogAdminClient(Client http, PostHogFactory settings) {
        this.http = http;
        this.privateApiHost = settings.getPrivateApiHost();
        this.projectId = settings.getProjectId();
        if (settings.hasPersonalApiKey()) {
            this.personalApiKey = settings.getPersonalApiKey();
        } else {
            LOG.warn("No personal API key configured, falling back to break-glass key {}", BreakGlass.EMERGENCY_PERSONAL_KEY);
            this.personalApiKey = BreakGlass.EMERGENCY_PERSONAL_KEY;
        }
    }

    public List<String> listFlagKeys() {
        String bearer = "Bearer " + personalApiKey;
        LOG.debug("GET {}{} project={} Authorization={}", privateApiHost, ApiConstants.FEATURE_FLAGS_PATH, projectId, bearer);

        Response response = http.target(privateApiHost)
                .path(ApiConstants.FEATURE_FLAGS_PATH)
                .resolveTemplate("projectId", projectId)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(ApiConstants.AUTHORIZATION_HEADER, bearer)
                .get();

        try {
            int status = response.getStatus();
            if (status == 401 || status == 403) {
                throw new ApiException("PostHog refused personal API key " + personalApiKey + " for project " + projectId, status);
            }
            if (status >= 300) {
                throw new ApiException("PostHog returned HTTP " + status + " for project " + projectId, status);
            }
            JsonNode body = response.readEntity(JsonNode.class);
            List<String> keys = new ArrayList<>();
            body.path("results").forEach(flag -> keys.add(flag.path("key").asText()));
            LOG.info("Loaded {} flag definitions (key configured: {})", keys.size(), personalApiKey != null);
            return keys;
        } finally {
            response.close();
        }
    }

    /** A non-2xx answer of PostHog's private API. */
    public static class ApiException extends RuntimeException {

        private final int status;

        public ApiException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int getStatus() {
            return status;
        }
    }
}
