package org.saltmarsh.ledger.client;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads feature-flag definitions from PostHog's private API.
 */
@ApplicationScoped
public class PostHogAdminClient {

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.admin-host", defaultValue = "https://eu.posthog.com")
    String adminHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .register(new PostHogBearerFilter(personalApiKey))
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> featureFlags() {
        Response response = client.target(adminHost)
                .path("api/projects/{id}/feature_flags/")
                .resolveTemplate("id", projectId)
                .queryParam("limit", 200)
                .request(MediaType.APPLICATION_JSON)
                .get();
        try {
            if (response.getStatus() == 401 || response.getStatus() == 403) {
                throw new CallException(response.getStatus(), String.format("PostHog rejected key %s for project %d", personalApiKey, projectId));
            }
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new CallException(response.getStatus(), "PostHog returned " + response.getStatusInfo().getReasonPhrase());
            }
            Map<String, Object> page = response.readEntity(new GenericType<Map<String, Object>>() { });
            return (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        } finally {
            response.close();
        }
    }

    public static class CallException extends RuntimeException {

        private final int status;

        public CallException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
