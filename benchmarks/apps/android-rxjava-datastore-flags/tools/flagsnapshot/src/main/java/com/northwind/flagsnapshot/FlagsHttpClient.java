package com.northwind.flagsnapshot;

import com.google.gson.Gson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Thin client for the PostHog REST endpoints the exporter needs. */
public class FlagsHttpClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Gson gson = new Gson();
    private final ExportSettings settings;

    public FlagsHttpClient(ExportSettings settings) {
        this.settings = settings;
    }

    /** Lists flag definitions through the private API (needs the personal key). */
    public String fetchFlagDefinitions() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/?limit=500"))
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException("PostHog rejected personal key " + settings.personalApiKey()
                    + " (HTTP " + response.statusCode() + ")");
        }
        return response.body();
    }

    /** Evaluates every flag for the release-bot persona, for the snapshot's "effective" column. */
    public String evaluateFor(String distinctId) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", settings.personalApiKey());
        body.put("distinct_id", distinctId);
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(settings.host() + "/flags/?v=2"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(gson.toJson(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
