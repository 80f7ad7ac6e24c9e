package com.northwind.flags.sync;

import com.northwind.flags.config.PostHogSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class FlagDefinitionsGateway {

    private static final Logger LOG = Logger.getLogger(FlagDefinitionsGateway.class);

    public record FlagDefinition(long id, String key, boolean active, int rolloutPercentage) {
    }

    @Inject
    @RestClient
    PostHogAdminApi api;

    @Inject
    PostHogSettings settings;

    public Uni<List<FlagDefinition>> fetchDefinitions() {
        String personalKey = settings.personalApiKey()
                .orElseThrow(() -> new IllegalStateException("posthog.personal-api-key is not configured"));
        String projectId = settings.projectId();
        LOG.debugf("Fetching flag definitions for project %s", projectId);

        return api.listFlags(projectId, 200)
                .ifNoItem().after(Duration.ofSeconds(15)).fail()
                .onItem().transform(FlagDefinitionsGateway::toDefinitions)
                .onFailure(WebApplicationException.class).transform(failure -> {
                    int status = ((WebApplicationException) failure).getResponse().getStatus();
                    return new FlagSyncException("PostHog rejected flag sync for project " + projectId
                            + " (HTTP " + status + ") with key " + personalKey, status, failure);
                });
    }

    private static List<FlagDefinition> toDefinitions(JsonObject page) {
        JsonArray results = page.getJsonArray("results", new JsonArray());
        List<FlagDefinition> definitions = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonObject flag = results.getJsonObject(i);
            definitions.add(new FlagDefinition(
                    flag.getLong("id"),
                    flag.getString("key"),
                    flag.getBoolean("active", false),
                    flag.getInteger("rollout_percentage", 0)));
        }
        return definitions;
    }
}
