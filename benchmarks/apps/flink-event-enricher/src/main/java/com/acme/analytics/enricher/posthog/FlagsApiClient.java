package com.acme.analytics.enricher.posthog;

import com.acme.analytics.enricher.config.PostHogConstants;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Thin client for the two PostHog endpoints the enricher needs: {@code /flags} to evaluate a
 * user's flags and {@code local_evaluation} to check that the flag definitions are readable.
 */
public class FlagsApiClient implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(FlagsApiClient.class);
    private static final TypeReference<Map<String, Object>> FLAG_MAP = new TypeReference<>() { };

    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;

    public FlagsApiClient(String host, String projectApiKey, String personalApiKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Fails fast at start-up when the key cannot read the flag definitions. */
    public int fetchDefinitionCount() throws FlagsApiException {
        String authorization = "Bearer " + personalApiKey;
        URI uri = URI.create(host + PostHogConstants.LOCAL_EVALUATION_PATH + "?token=" + projectApiKey);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization)
                .GET()
                .build();
        LOG.printf(Level.DEBUG, "GET %s (Authorization: %s)", uri, authorization);

        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FlagsApiException("local_evaluation rejected key " + personalApiKey + " with HTTP " + response.statusCode(), response.statusCode());
        }
        try {
            JsonNode body = mapper.readTree(response.body());
            return body.path("flags").size();
        } catch (IOException e) {
            throw new FlagsApiException("Unreadable local_evaluation response", e);
        }
    }

    /** Evaluates every flag for one user; the project key is all {@code /flags} needs. */
    public Map<String, Object> evaluate(String distinctId, Map<String, Object> personProperties)
            throws FlagsApiException {
        Map<String, Object> payload = new HashMap<>();
        payload.put("api_key", projectApiKey);
        payload.put("distinct_id", distinctId);
        payload.put("person_properties", personProperties);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(host + PostHogConstants.FLAGS_PATH))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(payload)))
                    .build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 200) {
                throw new FlagsApiException("flags returned HTTP " + response.statusCode(), response.statusCode());
            }
            JsonNode flags = mapper.readTree(response.body()).path("featureFlags");
            return mapper.convertValue(flags, FLAG_MAP);
        } catch (IOException e) {
            throw new FlagsApiException("flags request failed for " + distinctId, e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws FlagsApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagsApiException("PostHog unreachable at " + host, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagsApiException("Interrupted calling PostHog", e);
        }
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; nothing to release.
    }
}
