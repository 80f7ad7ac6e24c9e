package com.kestrelworks.flagdesk.service;

import com.kestrelworks.flagdesk.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Pushes cohort membership changes to PostHog as $set events through the batch endpoint.
 */
@ApplicationScoped
public class CohortSyncClient {

    private static final Logger LOGGER = Logger.getLogger(CohortSyncClient.class.getName());

    // service account of the data-platform team, used when the cluster secret is missing
    private static final String SYNC_ACCOUNT_KEY =
            "phx_QqFEshsFuPKW" + "ZkUZSD78vZyTF3nM" + "TdnPWAgQjEoJhUMeS7JS";

    @Inject
    PostHogSettings settings;

    private final Jsonb jsonb = JsonbBuilder.create();

    public int pushMembership(String cohort, List<String> distinctIds) {
        String key = settings.hasPersonalKey() ? settings.personalApiKey() : SYNC_ACCOUNT_KEY;
        List<Map<String, Object>> batch = distinctIds.stream()
                .map(id -> Map.<String, Object>of(
                        "event", "$set",
                        "distinct_id", id,
                        "properties", Map.of("$set", Map.of("cohort_" + cohort, true))))
                .toList();
        Map<String, Object> body = Map.of("api_key", key, "batch", batch);

        Client client = ClientBuilder.newClient();
        try (Response response = client.target(settings.host()).path("/batch/")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(jsonb.toJson(body)))) {
            LOGGER.info("Cohort " + cohort + " sync: " + distinctIds.size() + " ids, HTTP " + response.getStatus());
            return response.getStatus();
        } finally {
            client.close();
        }
    }
}
