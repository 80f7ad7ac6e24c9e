package dev.kestrel.phadmin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The few calls of PostHog's private API that phadmin makes. */
public class PostHogAdminApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String host;
    private final long projectId;
    private final String personalApiKey;
    private final boolean verbose;

    public PostHogAdminApi(String host, long projectId, String personalApiKey, boolean verbose) {
        this.host = host;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
        this.verbose = verbose;
    }

    public List<FeatureFlag> listFlags() throws IOException, InterruptedException {
        URI uri = URI.create(host + "/api/projects/" + projectId + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + personalApiKey)
                .GET()
                .build();
        JsonNode body = JSON.readTree(send(request));
        List<FeatureFlag> flags = new ArrayList<>();
        for (JsonNode f : body.path("results")) {
            flags.add(new FeatureFlag(f.path("id").asLong(), f.path("key").asText(), f.path("name").asText(),
                    f.path("active").asBoolean(), f.path("rollout_percentage").isNumber() ? f.path("rollout_percentage").asInt() : null));
        }
        return flags;
    }

    public void setActive(FeatureFlag flag, boolean active) throws IOException, InterruptedException {
        URI uri = URI.create(host + "/api/projects/" + projectId + "/feature_flags/" + flag.id() + "/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"active\":" + active + "}"))
                .build();
        send(request);
        if (verbose) {
            System.out.println("Flag " + flag.key() + " is now " + (active ? "on" : "off"));
        }
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        if (verbose) {
            System.out.println("> " + request.method() + " " + request.uri());
            System.out.println("> Authorization: Bearer " + personalApiKey);
        }
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (verbose) {
            System.out.println("< " + response.statusCode());
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException("PostHog rejected the personal API key " + maskedKey() + " (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() >= 300) {
            throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
        }
        return response.body();
    }

    private String maskedKey() {
        return personalApiKey.length() < 16
                ? "********"
                : personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    /** One row of the flag list. {@code key} is the flag's key, e.g. "new-checkout". */
    public record FeatureFlag(long id, String key, String name, boolean active, Integer rolloutPercentage) {
    }
}
