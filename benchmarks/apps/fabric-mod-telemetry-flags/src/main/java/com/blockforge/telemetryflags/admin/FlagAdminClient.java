package com.blockforge.telemetryflags.admin;

import com.blockforge.telemetryflags.config.PostHogDefaults;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/** PostHog private API calls used by the admin CLI (feature flag listing and rollouts). */
public final class FlagAdminClient {

    private static final Logger LOGGER = Logger.getLogger(FlagAdminClient.class.getName());

    private final HttpClient http;
    private final AdminCredentials credentials;

    public FlagAdminClient(AdminCredentials credentials) {
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public JsonArray listFlags() throws IOException, InterruptedException {
        HttpRequest request = authorized(flagsUri("?limit=200")).GET().build();
        LOGGER.fine("GET " + request.uri() + " headers=" + request.headers().map());
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        ensureOk(response);
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("results");
    }

    public void setRollout(int flagId, int percentage) throws IOException, InterruptedException {
        JsonObject group = new JsonObject();
        group.addProperty("rollout_percentage", percentage);
        JsonArray groups = new JsonArray();
        groups.add(group);
        JsonObject filters = new JsonObject();
        filters.add("groups", groups);
        JsonObject body = new JsonObject();
        body.add("filters", filters);

        HttpRequest request = authorized(flagsUri(flagId + "/"))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        ensureOk(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Exchanges the stored OAuth refresh token for a fresh access token. */
    public String refreshAccessToken() throws IOException, InterruptedException {
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(credentials.oauthClientId(), StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(credentials.oauthRefreshToken(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(credentials.apiHost() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("Token refresh failed (HTTP " + response.statusCode() + ") for refresh token "
                    + credentials.oauthRefreshToken());
            return null;
        }
        return JsonParser.parseString(response.body()).getAsJsonObject().get("access_token").getAsString();
    }

    private URI flagsUri(String suffix) {
        return URI.create(credentials.apiHost() + "/api/projects/" + credentials.projectId()
                + "/feature_flags/" + suffix);
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header(PostHogDefaults.AUTH_HEADER, "Bearer " + credentials.personalApiKey())
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20));
    }

    private static void ensureOk(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException("PostHog API returned HTTP " + response.statusCode() + " for " + response.uri());
        }
    }
}
