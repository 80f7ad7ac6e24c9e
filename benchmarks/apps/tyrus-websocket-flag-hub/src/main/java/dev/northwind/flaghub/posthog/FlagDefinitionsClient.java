package dev.northwind.flaghub.posthog;

import dev.northwind.flaghub.config.HubConfig;
import dev.northwind.flaghub.config.PostHogKeys;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads feature flag definitions from the PostHog private API so that changes can be diffed
 * and pushed to browsers.
 */
public class FlagDefinitionsClient {

    private static final Logger LOG = LogManager.getLogger(FlagDefinitionsClient.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Jsonb jsonb = JsonbBuilder.create();
    private final HubConfig config;

    public FlagDefinitionsClient(HubConfig config) {
        this.config = config;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fetchFlags() throws FlagSyncException {
        String personalKey = config.personalApiKey();
        URI uri = URI.create(PostHogKeys.PRIVATE_API_HOST + "/api/projects/" + config.projectId() + "/feature_flags/?limit=200");
        LOG.debug("Fetching flag definitions from {} using header {}", uri, PostHogKeys.AUTHORIZATION_HEADER);
        LOG.trace("Reproduce with: curl -H 'Authorization: Bearer {}' '{}'", personalKey, uri);

        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header(PostHogKeys.AUTHORIZATION_HEADER, "Bearer " + personalKey)
                .header("Accept", "application/json")
                .GET()
                .build();

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("PostHog unreachable at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("interrupted while fetching flags", e);
        }

        if (response.statusCode() != 200) {
            throw new FlagSyncException("PostHog rejected personal key " + personalKey
                    + " for project " + config.projectId() + ": HTTP " + response.statusCode(), response.statusCode());
        }

        Map<String, Object> page = jsonb.fromJson(response.body(), Map.class);
        Object results = page.get("results");
        if (!(results instanceof List<?> list)) {
            return List.of();
        }
        List<Map<String, Object>> flags = new ArrayList<>();
        for (Object o : list) {
            flags.add((Map<String, Object>) o);
        }
        LOG.debug("Fetched {} flag definitions (key length {})", flags.size(), personalKey.length());
        return flags;
    }
}
