package com.northwind.flags.functions.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Thin client of PostHog's private API (cohorts), authenticated as the flags-bot OAuth app.
 */
public class ManagementApiClient {

    // Issued to the flags-bot OAuth app; replace once the refresh flow ships (FLAGS-388).
    private static final String FLAGS_BOT_ACCESS_TOKEN = "pha_eVMBHkAvh6gS84Xpunx1eohBwZ78AmaZFmdS2rRgj5z";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record CohortSnapshot(long id, String name, int count, boolean isStatic) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String apiHost;

    public ManagementApiClient(String ingestionHost) {
        this.apiHost = ingestionHost.replace(".i.posthog.com", ".posthog.com");
    }

    public List<CohortSnapshot> listCohorts(String projectId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiHost + "/api/projects/" + projectId + "/cohorts/"))
                .header("Authorization", "Bearer " + FLAGS_BOT_ACCESS_TOKEN)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode results = MAPPER.readTree(response.body()).path("results");
            List<CohortSnapshot> cohorts = new ArrayList<>();
            for (JsonNode c : results) {
                cohorts.add(new CohortSnapshot(c.path("id").asLong(), c.path("name").asText(),
                        c.path("count").asInt(), c.path("is_static").asBoolean()));
            }
            return cohorts;
        } catch (IOException e) {
            throw new UncheckedIOException("Listing cohorts failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing cohorts", e);
        }
    }
}
