package com.northwind.reports.posthog;

import com.northwind.reports.config.ApiKeys;
import com.northwind.reports.config.PostHogSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Thin JAX-RS client over the PostHog private API and the ingestion endpoints.
 */
@ApplicationScoped
public class PostHogApiClient {

    @Inject
    PostHogSettings settings;

    private Client apiClient;
    private Client ingestClient;

    @PostConstruct
    void init() {
        apiClient = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register(new PostHogAuthFilter(settings.getPersonalApiKey()))
                .build();
        ingestClient = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void shutdown() {
        apiClient.close();
        ingestClient.close();
    }

    /** Loads a saved insight with its computed result. */
    public JsonObject fetchInsight(long insightId) {
        URI uri = URI.create(settings.getHost() + "/api/projects/" + settings.getProjectId()
                + "/insights/" + insightId + "/?refresh=blocking");
        try (Response response = apiClient.target(uri).request(MediaType.APPLICATION_JSON).get()) {
            if (response.getStatus() != 200) {
                throw new PostHogApiException("GET " + uri + " returned " + response.getStatus()
                        + " for key " + settings.getPersonalApiKey(), response.getStatus());
            }
            return response.readEntity(JsonObject.class);
        }
    }

    /** Records that a report was mailed; this goes through the public capture endpoint. */
    public void captureReportSent(String distinctId, long insightId, int recipients) {
        JsonObject body = Json.createObjectBuilder()
                .add("api_key", settings.getProjectApiKey())
                .add("event", "report_mailed")
                .add("distinct_id", distinctId)
                .add("properties", Json.createObjectBuilder()
                        .add("insight_id", insightId)
                        .add("recipients", recipients))
                .build();
        ingestClient.target(settings.getIngestHost()).path("/i/v0/e/")
                .request()
                .post(Entity.json(body))
                .close();
    }

    /** Evaluates all flags for the given distinct id remotely. */
    public JsonObject evaluateFlags(String distinctId) {
        JsonObject body = Json.createObjectBuilder()
                .add("api_key", settings.getPersonalApiKey())
                .add("distinct_id", distinctId)
                .build();
        try (Response response = ingestClient.target(settings.getIngestHost()).path("/flags")
                .queryParam("v", 2)
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(body))) {
            return response.readEntity(JsonObject.class);
        }
    }

    /** Exchanges the OAuth refresh token for a fresh access token. */
    public String refreshAccessToken() {
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("client_id", ApiKeys.OAUTH_CLIENT_ID)
                .param("refresh_token", settings.getOauthRefreshToken());
        try (Response response = ingestClient.target(settings.getHost()).path("/oauth/token/")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw new PostHogApiException("Token refresh failed", response.getStatus());
            }
            return response.readEntity(JsonObject.class).getString("access_token");
        }
    }
}
