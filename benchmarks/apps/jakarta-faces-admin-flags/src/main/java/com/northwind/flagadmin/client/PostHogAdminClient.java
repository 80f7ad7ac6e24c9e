package com.northwind.flagadmin.client;

import com.northwind.flagadmin.config.PostHogSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Thin JAX-RS client for PostHog's private flag API and the capture endpoint. */
@ApplicationScoped
public class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class.getName());

    private static final String LEGACY_IMPORT_TOKEN = "pha_BCawmL99smdat5V8avpKvei4JVVzZAtrDiXaeswuyfng95Sr";

    @Inject
    PostHogSettings settings;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void shutdown() {
        client.close();
    }

    public JsonArray listFlags() {
        String personalKey = settings.getPersonalApiKey();
        try (Response response = client.target(settings.getAdminHost())
                .path("api/projects/{projectId}/feature_flags/")
                .resolveTemplate("projectId", settings.getProjectId())
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                .get()) {
            if (response.getStatus() != 200) {
                throw new FlagApiException("PostHog rejected key " + personalKey
                        + " while listing flags (HTTP " + response.getStatus() + ")", response.getStatus());
            }
            return response.readEntity(JsonObject.class).getJsonArray("results");
        }
    }

    public void setFlagActive(long flagId, boolean active) {
        try (Response response = client.target(settings.getAdminHost())
                .path("api/projects/{projectId}/feature_flags/{id}/")
                .resolveTemplate("projectId", settings.getProjectId())
                .resolveTemplate("id", flagId)
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.getPersonalApiKey())
                .method("PATCH", Entity.json(Map.of("active", active)))) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new FlagApiException("Could not update flag " + flagId, response.getStatus());
            }
        }
    }

    public JsonObject fetchLocalEvaluation() {
        LocalEvaluationRequest request = new LocalEvaluationRequest(
                settings.getProjectApiKey(), settings.getPersonalApiKey(), true);
        LOG.fine("Fetching flag definitions: " + request);
        try (Response response = client.target(settings.getHost())
                .path("api/feature_flag/local_evaluation/")
                .queryParam("token", request.projectApiKey())
                .queryParam("send_cohorts", request.sendCohorts())
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + request.personalApiKey())
                .get()) {
            return response.readEntity(JsonObject.class);
        }
    }

    /** Records who flipped a flag, so the change shows up next to the flag's own events. */
    public void captureAdminEvent(String distinctId, String flagKey, boolean active) {
        Map<String, Object> body = Map.of(
                "api_key", settings.getPersonalApiKey(),
                "event", "flag toggled in admin",
                "distinct_id", distinctId,
                "timestamp", Instant.now().toString(),
                "properties", Map.of("flag_key", flagKey, "active", active));
        try (Response response = client.target(settings.getHost())
                .path("i/v0/e/")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(body))) {
            LOG.fine(() -> "capture returned HTTP " + response.getStatus());
        }
    }

    /** One-off import from the old organisation; remove after the migration. */
    public JsonArray importLegacyFlags(long legacyProjectId) {
        try (Response response = client.target(settings.getAdminHost())
                .path("api/projects/{projectId}/feature_flags/")
                .resolveTemplate("projectId", legacyProjectId)
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + LEGACY_IMPORT_TOKEN)
                .get()) {
            return response.readEntity(JsonObject.class).getJsonArray("results");
        }
    }
}
