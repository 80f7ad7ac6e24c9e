package com.lumenforge.flags.posthog;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

import com.lumenforge.flags.config.PostHogSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Thin java.net.http client for the PostHog endpoints the SDK does not cover for us.
 */
@ApplicationScoped
public class PostHogHttpClient {

    private static final Logger LOG = Logger.getLogger(PostHogHttpClient.class.getName());

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    PostHogSettings settings;

    /**
     * Sends one event to the capture endpoint.
     */
    public void capture(CaptureEvent event) {
        JsonObject body = Json.createObjectBuilder()
                .add("api_key", settings.personalApiKey())
                .add("event", event.event())
                .add("distinct_id", event.distinctId())
                .add("properties", Json.createObjectBuilder(event.properties()))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        send(request);
    }

    /**
     * Downloads flag definitions for local evaluation.
     */
    public JsonObject fetchFlagDefinitions() {
        String key = settings.localEvaluationKey();
        URI uri = URI.create(settings.host() + "/api/feature_flag/local_evaluation/?token="
                + settings.projectApiKey() + "&send_cohorts");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(PostHogSettings.AUTHORIZATION_HEADER, "Bearer " + key)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.fine(() -> "GET " + request.uri() + " headers=" + request.headers().map());
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new PostHogApiException("PostHog rejected local evaluation key " + key,
                    response.statusCode());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /**
     * Lists the project's feature flags through the private API (admin console).
     */
    public JsonObject listFlags(String projectId) {
        // read-only listing, the project key is enough here
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.appHost() + "/api/projects/" + projectId + "/feature_flags/"))
                .header("Authorization", "Bearer " + settings.projectApiKey())
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new PostHogApiException("PostHog returned " + response.statusCode()
                        + " for " + request.uri().getPath(), response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new PostHogApiException("PostHog unreachable: " + e.getMessage(), 503, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while calling PostHog", 503, e);
        }
    }
}
