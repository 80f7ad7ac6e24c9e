package net.aurorastudio.auroratelemetry.telemetry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mojang.logging.LogUtils;
import net.aurorastudio.auroratelemetry.config.PostHogKeys;
import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import org.slf4j.Logger;

public final class FeatureFlagClient {

    private static final Logger LOGGER = LogUtils.getLogger();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static String credential() {
        String secureKey = TelemetryConfig.FLAGS_SECURE_KEY.get();
        return secureKey.isBlank() ? PostHogKeys.FLAGS_SECURE_KEY : secureKey;
    }

    public List<String> fetchFlagKeys() {
        String projectKey = TelemetryConfig.PROJECT_API_KEY.get();
        String key = credential();
        String authHeader = PostHogKeys.BEARER_PREFIX + key;
        URI uri = URI.create(PostHogKeys.HOST + PostHogKeys.LOCAL_EVALUATION_PATH
                + "?token=" + projectKey + "&send_cohorts");

        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(PostHogKeys.AUTHORIZATION_HEADER, authHeader)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();

        LOGGER.debug("GET {} {}: {}", uri, PostHogKeys.AUTHORIZATION_HEADER, authHeader);
        LOGGER.debug("Request headers: {}", redactedHeaders(request));
        LOGGER.info("Polling flag definitions with credential {}", KeyMasker.mask(key));
        LOGGER.debug("Credential length {}", key.length());

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TelemetryException("Could not reach PostHog at " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelemetryException("Interrupted while polling feature flags", e);
        }

        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw TelemetryException.rejected(key, status);
        }
        if (status != 200) {
            throw new TelemetryException("Unexpected HTTP " + status + " from local evaluation", null);
        }
        return parseFlagKeys(response.body());
    }

    private static List<String> parseFlagKeys(String body) {
        JsonObject root = JsonParser.parseString(body).getAsJsonObject();
        JsonArray flags = root.getAsJsonArray("flags");
        List<String> keys = new ArrayList<>(flags.size());
        for (JsonElement element : flags) {
            JsonObject flag = element.getAsJsonObject();
            if (flag.get("active").getAsBoolean()) {
                keys.add(flag.get("key").getAsString());
            }
        }
        return keys;
    }

    private static Map<String, String> redactedHeaders(HttpRequest request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().map().forEach((name, values) -> headers.put(name,
                name.equalsIgnoreCase(PostHogKeys.AUTHORIZATION_HEADER) ? "<redacted>" : String.join(",", values)));
        return headers;
    }
}
