package com.lumenstack.connect.posthog.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenstack.connect.posthog.config.ConfigKeys;
import com.lumenstack.connect.posthog.config.PostHogCredentials;

/**
 * Thin client for the few PostHog REST endpoints the admin pages need. The capture path goes
 * through the SDK, not through this class.
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final PostHogCredentials credentials;

    public PostHogApiClient(PostHogCredentials credentials, ObjectMapper mapper) {
        this.credentials = credentials;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Link to the project's flag list in the private API, used by the admin page. */
    public String featureFlagsUrl() {
        return credentials.apiHost() + "/api/projects/" + credentials.projectId() + "/feature_flags/?active=true";
    }

    public JsonNode listFeatureFlags() throws PostHogApiException {
        URI uri = URI.create(featureFlagsUrl());
        String bearer = "Bearer " + credentials.personalApiKey();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header(ConfigKeys.AUTHORIZATION_HEADER, bearer)
                .header("Accept", "application/json")
                .GET()
                .build();
        log.atDebug().setMessage("GET {}").addArgument(uri).addKeyValue("authorization", bearer).log();

        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            log.error("PostHog rejected {} with {}; request headers were {}", uri, response.statusCode(), request.headers().map());
            throw new PostHogApiException(response.statusCode(),
                    "PostHog denied access to project " + credentials.projectId());
        }
        return parse(response);
    }

    /**
     * Flag definitions as the SDK sees them for local evaluation. Our ingress proxy strips the
     * Authorization header on this path, so the key goes in the query string instead.
     */
    public JsonNode fetchLocalEvaluationDefinitions() throws PostHogApiException {
        URI uri = URI.create(credentials.host()
                + "/api/feature_flag/local_evaluation/?token=" + encode(credentials.projectApiKey())
                + "&personal_api_key=" + encode(credentials.localEvaluationKey())
                + "&send_cohorts");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();

        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new PostHogApiException(response.statusCode(), "Local evaluation request failed: GET " + uri);
        }
        return parse(response);
    }

    private HttpResponse<String> send(HttpRequest request) throws PostHogApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("I/O error calling PostHog", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted calling PostHog", e);
        }
    }

    private JsonNode parse(HttpResponse<String> response) throws PostHogApiException {
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog returned invalid JSON (status " + response.statusCode() + ")", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
