package com.tidewell.flaggate.posthog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.tidewell.flaggate.config.PostHogSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Relays events from kiosks that cannot reach PostHog directly to the batch endpoint.
 */
public final class EventForwarder {

    private static final Logger LOG = Logger.getLogger(EventForwarder.class.getName());

    private final HttpClient http;
    private final PostHogSettings settings;

    public EventForwarder(HttpClient http, PostHogSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    public int forward(String distinctId, JsonArray events) throws PostHogApiException {
        JsonArray batch = new JsonArray();
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject().deepCopy();
            event.addProperty("distinct_id", distinctId);
            batch.add(event);
        }
        JsonObject body = new JsonObject();
        body.addProperty("api_key", settings.personalApiKey());
        body.add("batch", batch);

        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/batch/"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                throw new PostHogApiException(response.statusCode(), "batch rejected with " + response.statusCode());
            }
        } catch (IOException e) {
            throw new PostHogApiException("batch upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("batch upload interrupted", e);
        }
        LOG.fine(() -> "Forwarded " + batch.size() + " events for " + distinctId);
        return batch.size();
    }
}
