package gg.lumenmc.flaggate.posthog;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import gg.lumenmc.flaggate.config.PostHogSettings;
import gg.lumenmc.flaggate.model.FlagsRequest;
import org.slf4j.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain HTTP calls to PostHog's public ingestion endpoints, for the paths where the SDK is not usable
 * (shutdown hooks, fallback when local evaluation failed).
 */
public final class RemoteFlagsClient {

    private static final Gson GSON = new Gson();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final PostHogSettings settings;
    private final Logger logger;

    public RemoteFlagsClient(PostHogSettings settings, Logger logger) {
        this.settings = settings;
        this.logger = logger;
    }

    public FlagsRequest buildRequest(String distinctId, Map<String, Object> personProperties) {
        return new FlagsRequest(settings.secureApiKey(), distinctId, personProperties);
    }

    public Map<String, Boolean> evaluate(FlagsRequest request) {
        String url = settings.host() + "/flags/?v=2";
        HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(request.toJson())))
                .build();
        try {
            HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                logger.warn("POST {} returned HTTP {} for token {}", url, response.statusCode(), request.token());
                return Map.of();
            }
            JsonObject flags = GSON.fromJson(response.body(), JsonObject.class).getAsJsonObject("flags");
            Map<String, Boolean> result = new HashMap<>();
            if (flags != null) {
                for (Map.Entry<String, JsonElement> entry : flags.entrySet()) {
                    JsonElement enabled = entry.getValue().getAsJsonObject().get("enabled");
                    result.put(entry.getKey(), enabled != null && enabled.getAsBoolean());
                }
            }
            return result;
        } catch (IOException e) {
            logger.warn("Remote flag evaluation failed: {}", e.getMessage());
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** Synchronous capture, used from the shutdown hook where the SDK queue would be dropped. */
    public void capture(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("api_key", settings.projectApiKey());
        payload.put("event", event);
        payload.put("distinct_id", distinctId);
        payload.put("properties", properties);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(payload)))
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            logger.warn("Could not send {} event: {}", event, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
