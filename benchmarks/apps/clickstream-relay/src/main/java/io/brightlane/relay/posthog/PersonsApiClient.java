package io.brightlane.relay.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brightlane.relay.config.RelayConfig;
import io.brightlane.relay.retry.RetryHelper;
import io.brightlane.relay.util.Keys;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** GDPR deletions through PostHog's private persons API (needs a personal API key). */
public class PersonsApiClient {

    private static final Logger LOGGER = LogManager.getLogger(PersonsApiClient.class);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String privateApiHost;
    private final long projectId;
    private final String personalApiKey;

    public PersonsApiClient(RelayConfig config) {
        this.privateApiHost = config.getPrivateApiHost();
        this.projectId = config.getProjectId();
        this.personalApiKey = config.getPersonalApiKey();
        LOGGER.info("Persons API client for project {} using key {} (fingerprint {})",
                projectId, Keys.mask(personalApiKey), Keys.sha256Hex(personalApiKey));
    }

    public void deletePerson(String distinctId) throws IOException {
        String base = privateApiHost + "/api/projects/" + projectId + "/persons/";
        URI lookupUri = URI.create(base + "?distinct_id=" + URLEncoder.encode(distinctId, StandardCharsets.UTF_8));
        HttpRequest lookup = HttpRequest.newBuilder(lookupUri)
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOGGER.debug("-> {} {} {}", lookup.method(), lookup.uri(), lookup.headers().map());

        JsonNode results = MAPPER.readTree(RetryHelper.withRetry(lookupUri.toString(), personalApiKey, 3, () -> send(lookup))).path("results");
        if (results.isEmpty()) {
            LOGGER.info("No person for distinct id {}, nothing to delete", distinctId);
            return;
        }
        String personId = results.get(0).path("id").asText();
        URI deleteUri = URI.create(base + personId + "/?delete_events=true");
        HttpRequest delete = HttpRequest.newBuilder(deleteUri)
                .header("Authorization", "Bearer " + personalApiKey)
                .DELETE()
                .build();
        RetryHelper.withRetry(deleteUri.toString(), personalApiKey, 3, () -> send(delete));
        LOGGER.info("Deleted person {} ({})", personId, distinctId);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("HTTP " + response.statusCode() + " from " + request.method() + " " + request.uri());
        }
        return response.body();
    }
}
