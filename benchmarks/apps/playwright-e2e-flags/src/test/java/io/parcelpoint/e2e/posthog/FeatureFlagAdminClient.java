package io.parcelpoint.e2e.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcelpoint.e2e.config.PostHogDefaults;
import io.parcelpoint.e2e.config.Secrets;
import io.parcelpoint.e2e.config.TestConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog feature flag API, used to switch flags before a test class runs.
 */
public class FeatureFlagAdminClient {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagAdminClient.class);

    private static final String CI_BOT_AUTHORIZATION =
            PostHogDefaults.BEARER_PREFIX + PostHogDefaults.CI_BOT_PERSONAL_API_KEY;

    public enum ApiKeyScope { FEATURE_FLAG_READ, FEATURE_FLAG_WRITE }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String host;
    private final String projectId;
    private final String personalApiKey;

    public FeatureFlagAdminClient(TestConfig config) {
        this.host = config.posthogHost();
        this.projectId = config.posthogProjectId();
        this.personalApiKey = config.posthogPersonalApiKey();
    }

    public FlagState get(String flagKey) {
        long flagId = findFlagId(flagKey);
        HttpRequest request = HttpRequest.newBuilder(flagUri(flagId))
                .header(PostHogDefaults.AUTH_HEADER, authorizationValue())
                .GET()
                .build();
        return read(send(request).body(), FlagState.class);
    }

    public FlagState setActive(String flagKey, boolean active) {
        long flagId = findFlagId(flagKey);
        ApiKeyScope apiKey = ApiKeyScope.FEATURE_FLAG_WRITE;
        log.info("Setting flag '{}' (id {}) active={} with a {} key", flagKey, flagId, active, apiKey);

        URI uri = flagUri(flagId);
        String authorization = authorizationValue();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(PostHogDefaults.AUTH_HEADER, authorization)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(write(Map.of("active", active))))
                .build();
        log.debug("Sending {} header with PATCH {}", PostHogDefaults.AUTH_HEADER, uri);

        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new FlagToggleException("PATCH " + uri + " returned " + response.statusCode()
                    + " (sent " + PostHogDefaults.AUTH_HEADER + ": " + authorization + ")", response.statusCode());
        }
        return read(response.body(), FlagState.class);
    }

    long findFlagId(String flagKey) {
        // The search endpoint goes through the office egress proxy, which strips Authorization headers,
        // so it authenticates with the query parameter PostHog also accepts.
        String url = host + "/api/projects/" + projectId + "/feature_flags/?search="
                + URLEncoder.encode(flagKey, StandardCharsets.UTF_8) + "&personal_api_key=" + personalApiKey;
        log.debug("Looking up flag id: GET {}", url);

        JsonNode results = readTree(send(HttpRequest.newBuilder(URI.create(url)).GET().build()).body()).path("results");
        for (JsonNode flag : results) {
            if (flagKey.equals(flag.path("key").asText())) {
                return flag.path("id").asLong();
            }
        }
        throw new FlagToggleException("No feature flag '" + flagKey + "' in project " + projectId, 404);
    }

    private String authorizationValue() {
        if (personalApiKey == null || personalApiKey.isBlank()) {
            log.warn("POSTHOG_PERSONAL_API_KEY is not set, falling back to ci-bot credentials '{}'", CI_BOT_AUTHORIZATION);
            return CI_BOT_AUTHORIZATION;
        }
        log.debug("Using personal API key {}", Secrets.mask(personalApiKey));
        return PostHogDefaults.BEARER_PREFIX + personalApiKey;
    }

    private URI flagUri(long flagId) {
        return URI.create(host + "/api/projects/" + projectId + "/feature_flags/" + flagId + "/");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagToggleException("PostHog API unreachable: " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagToggleException("Interrupted while calling PostHog", e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new FlagToggleException("Unexpected PostHog response", e);
        }
    }

    private JsonNode readTree(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new FlagToggleException("Unexpected PostHog response", e);
        }
    }
}
