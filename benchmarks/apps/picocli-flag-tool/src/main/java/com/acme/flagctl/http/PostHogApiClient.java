package com.acme.flagctl.http;

import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.http.dto.FeatureFlag;
import com.acme.flagctl.http.dto.FlagPage;
import com.acme.flagctl.support.Masking;
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
import java.util.Map;

/**
 * Thin client for the PostHog private API (flag definitions) and the local-evaluation endpoint.
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI apiBase;
    private final String ingestionHost;
    private final String projectId;
    private final String personalApiKey;

    public PostHogApiClient(HttpClient http, ObjectMapper mapper, FlagCtlSettings settings) {
        this.http = http;
        this.mapper = mapper;
        this.apiBase = settings.privateApiBase();
        this.ingestionHost = settings.host();
        this.projectId = settings.projectId();
        this.personalApiKey = settings.personalApiKey();
    }

    public List<FeatureFlag> listFlags() throws IOException, InterruptedException {
        List<FeatureFlag> all = new ArrayList<>();
        URI uri = apiBase.resolve("api/projects/" + projectId + "/feature_flags/?limit=100");
        while (uri != null) {
            HttpRequest request = authorized(uri).GET().build();
            log.debug("GET {} headers={}", uri, Masking.redactHeaders(request.headers().map()));
            FlagPage page = read(http.send(request, HttpResponse.BodyHandlers.ofString()), FlagPage.class, uri);
            all.addAll(page.results());
            uri = page.next() == null ? null : URI.create(page.next());
        }
        return all;
    }

    public FeatureFlag updateFlag(int id, Map<String, Object> changes) throws IOException, InterruptedException {
        URI uri = apiBase.resolve("api/projects/" + projectId + "/feature_flags/" + id + "/");
        HttpRequest request = authorized(uri)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(changes)))
                .build();
        return read(http.send(request, HttpResponse.BodyHandlers.ofString()), FeatureFlag.class, uri);
    }

    /** Raw definitions as the SDK would fetch them, used by `flagctl evaluate --explain`. */
    public JsonNode localEvaluationDefinitions(String projectApiKey) throws IOException, InterruptedException {
        URI uri = URI.create(ingestionHost + "/api/feature_flag/local_evaluation/?token=" + projectApiKey + "&send_cohorts");
        HttpRequest request = authorized(uri).GET().build();
        log.debug("GET {} headers={}", uri, request.headers().map());
        return read(http.send(request, HttpResponse.BodyHandlers.ofString()), JsonNode.class, uri);
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + personalApiKey);
    }

    private <T> T read(HttpResponse<String> response, Class<T> type, URI uri) throws IOException {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new ApiException(status, "PostHog rejected personal API key " + personalApiKey + " for " + uri);
        }
        if (status >= 400) {
            throw new ApiException(status, "PostHog returned HTTP " + status + " for " + uri + ": " + response.body());
        }
        return mapper.readValue(response.body(), type);
    }
}
