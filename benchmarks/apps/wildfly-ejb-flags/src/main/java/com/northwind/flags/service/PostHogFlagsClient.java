package com.northwind.flags.service;

import com.northwind.flags.config.FlagSyncConstants;
import com.northwind.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Thin client over the PostHog private API used to mirror flag definitions into our database.
 */
@ApplicationScoped
public class PostHogFlagsClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Inject
    PostHogSettings settings;

    public JsonArray fetchFlagDefinitions() throws FlagSyncException {
        return fetchFlagDefinitions(settings.getProjectId(), settings.getPersonalApiKey());
    }

    public JsonArray fetchFlagDefinitions(long projectId, String apiKey) throws FlagSyncException {
        String privateHost = settings.getHost().replace(".i.posthog.com", ".posthog.com");
        URI uri = URI.create(privateHost + String.format(FlagSyncConstants.FLAGS_PATH_TEMPLATE, projectId));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header(FlagSyncConstants.AUTH_HEADER, "Bearer " + apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new FlagSyncException("PostHog returned " + response.statusCode()
                        + " for project " + projectId + " using key " + apiKey);
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject page = reader.readObject();
                return page.getJsonArray("results");
            }
        } catch (IOException e) {
            throw new FlagSyncException("I/O error talking to " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("Interrupted while syncing project " + projectId, e);
        }
    }
}
