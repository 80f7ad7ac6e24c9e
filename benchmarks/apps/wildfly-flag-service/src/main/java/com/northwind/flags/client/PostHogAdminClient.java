package com.northwind.flags.client;

import com.northwind.flags.config.ApiConstants;
import com.northwind.flags.config.PostHogSettings;
import jakarta.annotation.PostConstruct;
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
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class.getName());

    @Inject
    PostHogSettings settings;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public JsonArray fetchFlagDefinitions() throws FlagSyncException {
        String personalApiKey = settings.getPersonalApiKey();
        URI uri = URI.create(ApiConstants.POSTHOG_PRIVATE_API + ApiConstants.LOCAL_EVALUATION_PATH
                + "?token=" + settings.getProjectApiKey() + "&send_cohorts");

        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header(ApiConstants.AUTHORIZATION_HEADER, ApiConstants.BEARER_PREFIX + personalApiKey)
                .header("Accept", "application/json")
                .GET()
                .build();

        LOG.fine(() -> "GET " + uri + " (Authorization: Bearer " + personalApiKey + ")");

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("PostHog unreachable at " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("Interrupted while calling PostHog", e);
        }

        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new FlagSyncException("PostHog rejected local evaluation for key "
                    + personalApiKey + " (HTTP " + status + ")", status);
        }
        if (status != 200) {
            throw new FlagSyncException("PostHog local evaluation failed with HTTP " + status, status);
        }

        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            return body.getJsonArray("flags");
        }
    }
}
