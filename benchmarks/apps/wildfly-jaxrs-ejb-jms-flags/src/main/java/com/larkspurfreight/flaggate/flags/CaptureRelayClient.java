package com.larkspurfreight.flaggate.flags;

import com.larkspurfreight.flaggate.config.AdminApiCredentials;
import com.larkspurfreight.flaggate.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends "$feature_flag_called" style events for flag changes coming from the ops console.
 */
@ApplicationScoped
public class CaptureRelayClient {

    private static final Logger LOG = Logger.getLogger(CaptureRelayClient.class);

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public void relay(String distinctId, String event, Map<String, Object> properties) {
        JsonObject payload = Json.createObjectBuilder()
                .add("api_key", credentials.personalApiKey())
                .add("event", event)
                .add("distinct_id", distinctId)
                .add("timestamp", Instant.now().toString())
                .add("properties", Json.createObjectBuilder(properties))
                .build();

        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                LOG.warnf("capture relay for %s returned HTTP %d", event, response.statusCode());
            }
        } catch (IOException e) {
            LOG.warnf(e, "capture relay for %s failed", event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
