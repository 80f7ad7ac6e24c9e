package io.lumenpay.flags.posthog;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.lumenpay.flags.error.FlagSyncException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class PostHogAdminClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String apiHost;
    private final String projectId;
    private final String personalApiKey;

    public PostHogAdminClient(String apiHost, String projectId, String personalApiKey) {
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public JsonArray listFeatureFlags() throws FlagSyncException {
        URI uri = URI.create(apiHost + "/api/projects/" + projectId + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .GET()
                .build();

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("PostHog API unreachable at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("Interrupted while calling " + uri, e);
        }

        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new FlagSyncException("PostHog rejected personal API key " + personalApiKey + " (HTTP " + status + ")");
        }
        if (status != 200) {
            throw new FlagSyncException("PostHog API returned HTTP " + status + " for " + uri);
        }
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        return body.getAsJsonArray("results");
    }
}
