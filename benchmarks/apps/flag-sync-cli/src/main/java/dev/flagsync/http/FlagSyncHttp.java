package dev.flagsync.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flagsync.Defaults;
import dev.flagsync.config.Credentials;
import dev.flagsync.errors.ApiException;

/**
 * java.net.http client for the PostHog private API, authenticated with a personal API key.
 */
public final class FlagSyncHttp {

    private static final Logger LOG = Logger.getLogger(FlagSyncHttp.class.getName());

    private final HttpClient client;
    private final Credentials credentials;
    private final ObjectMapper mapper;

    public FlagSyncHttp(Credentials credentials) {
        this.credentials = credentials;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(credentials.host() + path))
                .timeout(Duration.ofSeconds(30))
                .header(Defaults.AUTHORIZATION, "Bearer " + credentials.personalApiKey())
                .header("Accept", "application/json");
    }

    public <T> T get(String path, Class<T> type) throws ApiException {
        return send(request(path).GET().build(), type);
    }

    public <T> T post(String path, Object body, Class<T> type) throws ApiException {
        return send(request(path).header("Content-Type", "application/json").POST(jsonBody(body)).build(), type);
    }

    public <T> T patch(String path, Object body, Class<T> type) throws ApiException {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", jsonBody(body)).build(), type);
    }

    /**
     * Browser-friendly CSV export link for release managers who have no PostHog login.
     */
    public String exportLink() {
        return credentials.host() + "/api/projects/" + credentials.projectId()
                + "/feature_flags/?format=csv&personal_api_key=" + credentials.personalApiKey();
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) throws ApiException {
        try {
            return HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new ApiException("Cannot serialise request body", e);
        }
    }

    private <T> T send(HttpRequest request, Class<T> type) throws ApiException {
        LOG.fine(() -> "-> " + request.method() + " " + request.uri() + " headers=" + request.headers().map());
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException("I/O error calling " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted calling " + request.uri(), e);
        }

        if (response.statusCode() >= 400) {
            throw new ApiException(response.statusCode(), "PostHog answered " + response.statusCode() + " to " + request.method() + " " + request.uri() + " " + request.headers().map() + ": " + response.body());
        }
        try {
            return mapper.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiException("Unexpected response from " + request.uri(), e);
        }
    }
}
