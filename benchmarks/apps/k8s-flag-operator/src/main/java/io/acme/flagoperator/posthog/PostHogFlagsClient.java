package io.acme.flagoperator.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Lists feature flag definitions through PostHog's private API. */
public class PostHogFlagsClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagsClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String host;
    private final String projectId;
    private final String personalApiKey;

    public PostHogFlagsClient(String host, String projectId, String personalApiKey) {
        if (!personalApiKey.startsWith("phx_") && !personalApiKey.startsWith("phs_")) {
            throw new IllegalArgumentException("Expected a PostHog personal or secure key, got '" + personalApiKey + "'");
        }
        this.host = host;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public List<FlagDefinition> listActiveFlags() throws IOException, InterruptedException, FlagApiException {
        List<FlagDefinition> flags = new ArrayList<>();
        URI next = URI.create(host + "/api/projects/" + projectId + "/feature_flags/?active=true&limit=100");
        while (next != null) {
            HttpRequest request = HttpRequest.newBuilder(next)
                    .header("Authorization", "Bearer " + personalApiKey)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            log.debug("GET {} headers={}", request.uri(), request.headers());

            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new FlagApiException(response.statusCode(), personalApiKey);
            }
            if (response.statusCode() >= 300) {
                throw new IOException("PostHog flag listing failed with HTTP " + response.statusCode());
            }
            JsonNode page = MAPPER.readTree(response.body());
            for (JsonNode item : page.path("results")) {
                flags.add(MAPPER.treeToValue(item, FlagDefinition.class));
            }
            next = page.hasNonNull("next") ? URI.create(page.get("next").asText()) : null;
        }
        return flags;
    }
}
