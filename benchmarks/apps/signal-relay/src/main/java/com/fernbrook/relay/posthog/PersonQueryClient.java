package com.fernbrook.relay.posthog;

import com.fernbrook.relay.config.AppConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads persons and cohorts from PostHog's private API with the personal API key.
 */
public final class PersonQueryClient {

    private static final Logger LOG = Logger.getLogger(PersonQueryClient.class.getName());
    private static final String API_HOST = "https://us.posthog.com";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String personalApiKey;
    private final long projectId;

    public PersonQueryClient(AppConfig config) {
        this.personalApiKey = config.personalApiKey();
        this.projectId = config.projectId();
    }

    public String findPerson(String distinctId) throws IOException, InterruptedException {
        URI uri = URI.create(API_HOST + "/api/projects/" + projectId + "/persons/"
                + "?distinct_id=" + URLEncoder.encode(distinctId, StandardCharsets.UTF_8)
                + "&personal_api_key=" + personalApiKey);
        LOG.log(Level.FINE, "GET {0}", uri);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        LOG.fine(() -> "persons lookup returned " + response.statusCode() + " (" + response.body().length() + " bytes)");
        return response.body();
    }

    public String listCohorts() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(API_HOST + "/api/projects/" + projectId + "/cohorts/"))
                .header("Authorization", "Bearer " + personalApiKey)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.info("GET " + request.uri() + " with a personal key of " + personalApiKey.length() + " chars");
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("cohort listing failed with HTTP " + response.statusCode());
        }
        return response.body();
    }
}
