package com.northwind.flagsgateway.client;

import com.northwind.flagsgateway.config.PostHogSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class PostHogApiClient {

    @Inject
    PostHogSettings settings;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .register(new OutboundLoggingFilter())
                .build();
    }

    @PreDestroy
    void shutdown() {
        client.close();
    }

    public String authorizationHeader() {
        return "Bearer " + settings.getPersonalApiKey();
    }

    private WebTarget project() {
        return client.target(settings.getPrivateApiHost())
                .path("api/projects/{projectId}")
                .resolveTemplate("projectId", settings.getProjectId());
    }

    public int countFlagDefinitions() {
        JsonObject page = project()
                .path("feature_flags/")
                .queryParam("active", "true")
                .request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, authorizationHeader())
                .get(JsonObject.class);
        JsonArray results = page.getJsonArray("results");
        return results == null ? 0 : results.size();
    }

    public JsonObject exportCohort(int cohortId) {
        return project()
                .path("cohorts/{cohortId}/persons/")
                .resolveTemplate("cohortId", cohortId)
                .queryParam("personal_api_key", settings.getPersonalApiKey())
                .queryParam("limit", 1)
                .request(MediaType.APPLICATION_JSON)
                .get(JsonObject.class);
    }
}
