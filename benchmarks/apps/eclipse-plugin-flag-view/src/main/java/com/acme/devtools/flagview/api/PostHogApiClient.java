package com.acme.devtools.flagview.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.acme.devtools.flagview.console.FlagViewConsole;
import com.acme.devtools.flagview.preferences.PreferenceConstants;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Calls the PostHog REST API with the JDK HTTP client.
 */
public class PostHogApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final boolean TRACE = Boolean.getBoolean("flagview.trace");

    private final ApiConnection connection;
    private final HttpClient http;
    private final FlagViewConsole console;

    public PostHogApiClient(ApiConnection connection) {
        this.connection = connection;
        this.console = FlagViewConsole.get();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        connection.proxy().selector().ifPresent(builder::proxy);
        connection.proxy().authenticator().ifPresent(builder::authenticator);
        this.http = builder.build();
        console.println("HTTP client ready for " + connection.appHost() + " via " + connection.proxy());
    }

    public List<FeatureFlag> listFeatureFlags() throws PostHogApiException, InterruptedException {
        URI uri = connection.featureFlagsUri();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header(PreferenceConstants.HEADER_AUTHORIZATION, "Bearer " + connection.personalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        trace(request);

        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            String authorization = request.headers().firstValue(PreferenceConstants.HEADER_AUTHORIZATION).orElse("");
            throw PostHogApiException.forResponse(uri, response.statusCode(), authorization, response.body());
        }
        return parseFlags(JsonParser.parseString(response.body()).getAsJsonObject());
    }

    /**
     * Asks PostHog what the flags evaluate to for the given distinct id, so the view can
     * show "on/off for me" next to each flag.
     */
    public Map<String, Boolean> evaluateFlags(String distinctId) throws PostHogApiException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("api_key", connection.personalApiKey());
        body.addProperty("distinct_id", distinctId);
        HttpRequest request = HttpRequest.newBuilder(connection.flagsEvaluationUri())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        trace(request);

        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new PostHogApiException("Flag evaluation failed with HTTP " + response.statusCode(), response.statusCode());
        }
        JsonObject flags = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("flags");
        Map<String, Boolean> result = new HashMap<>();
        if (flags != null) {
            for (Map.Entry<String, JsonElement> entry : flags.entrySet()) {
                result.put(entry.getKey(), entry.getValue().getAsJsonObject().get("enabled").getAsBoolean());
            }
        }
        return result;
    }

    private HttpResponse<String> send(HttpRequest request) throws PostHogApiException, InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            console.println("< " + response.statusCode() + " " + request.uri().getPath());
            return response;
        } catch (IOException e) {
            throw new PostHogApiException("Could not reach " + request.uri().getHost(), e);
        }
    }

    private void trace(HttpRequest request) {
        if (!TRACE) {
            return;
        }
        console.println("> " + request.method() + " " + request.uri());
        request.headers().map().forEach((name, values) -> console.println(">   " + name + ": " + String.join(", ", values)));
    }

    private static List<FeatureFlag> parseFlags(JsonObject page) {
        JsonArray results = page.getAsJsonArray("results");
        List<FeatureFlag> flags = new ArrayList<>(results.size());
        for (JsonElement element : results) {
            JsonObject flag = element.getAsJsonObject();
            Integer rollout = flag.has("rollout_percentage") && !flag.get("rollout_percentage").isJsonNull()
                    ? flag.get("rollout_percentage").getAsInt()
                    : null;
            String createdBy = flag.has("created_by") && flag.get("created_by").isJsonObject()
                    ? flag.getAsJsonObject("created_by").get("email").getAsString()
                    : "";
            flags.add(new FeatureFlag(
                    flag.get("id").getAsLong(),
                    flag.get("key").getAsString(),
                    flag.has("name") ? flag.get("name").getAsString() : "",
                    flag.get("active").getAsBoolean(),
                    rollout,
                    OffsetDateTime.parse(flag.get("created_at").getAsString()),
                    createdBy,
                    null));
        }
        return flags;
    }
}
