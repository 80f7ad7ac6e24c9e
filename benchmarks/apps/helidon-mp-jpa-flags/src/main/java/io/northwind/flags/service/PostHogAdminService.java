package io.northwind.flags.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import io.northwind.flags.config.PostHogSettings;
import io.northwind.flags.error.IntegrationException;
import io.northwind.flags.posthog.PostHogAdminApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads and edits flag definitions through PostHog's private API.
 */
@ApplicationScoped
public class PostHogAdminService {

    private static final Logger LOGGER = System.getLogger(PostHogAdminService.class.getName());

    @Inject
    @RestClient
    PostHogAdminApi adminApi;

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    public JsonObject findFlag(String flagKey) {
        try {
            JsonArray results = adminApi.list(projectId, flagKey).getJsonArray("results");
            return results.stream()
                    .map(JsonObject.class::cast)
                    .filter(flag -> flagKey.equals(flag.getString("key")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown flag " + flagKey));
        } catch (WebApplicationException e) {
            throw translate(e);
        }
    }

    public JsonObject setRolloutPercentage(long flagId, int percentage) {
        JsonObject patch = Json.createObjectBuilder()
                .add("filters", Json.createObjectBuilder()
                        .add("groups", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("rollout_percentage", percentage))))
                .build();
        try {
            JsonObject updated = adminApi.update(projectId, flagId, patch);
            LOGGER.log(Level.INFO, "Flag {0} rollout set to {1}%", flagId, percentage);
            return updated;
        } catch (WebApplicationException e) {
            throw translate(e);
        }
    }

    private IntegrationException translate(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return new IntegrationException("PostHog rejected personal API key "
                    + settings.personalApiKey().orElse("<unset>") + " for project " + projectId, status, e);
        }
        return new IntegrationException("PostHog admin API failed with HTTP " + status, status, e);
    }
}
