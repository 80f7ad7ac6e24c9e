package io.shipwright.gradle.annotator.api;

import org.gradle.api.logging.Logger;
import org.gradle.api.logging.Logging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimal client for PostHog's private REST API, authenticated with a personal API key.
 */
public class PostHogApiClient {

    private static final Logger LOGGER = Logging.getLogger(PostHogApiClient.class);

    static final String AUTHORIZATION_HEADER = "Authorization";
    private static final Pattern ID_PATTERN = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final URI baseUri;
    private final String personalApiKey;

    public PostHogApiClient(String host, String personalApiKey) {
        this.baseUri = URI.create(host.endsWith("/") ? host : host + "/");
        this.personalApiKey = personalApiKey;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public AnnotationRequest newAnnotation(String projectId, String content, Instant dateMarker) {
        return new AnnotationRequest(projectId, content, dateMarker, AnnotationRequest.Scope.PROJECT, personalApiKey);
    }

    public long createAnnotation(AnnotationRequest annotation) throws AnnotationApiException {
        URI uri = baseUri.resolve("api/projects/" + annotation.projectId() + "/annotations/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header(AUTHORIZATION_HEADER, "Bearer " + annotation.personalApiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(annotation.toJson()))
                .build();

        LOGGER.debug("Sending credentials in the {} header", AUTHORIZATION_HEADER);
        LOGGER.debug("POST {} headers={}", uri, redactedHeaders(request.headers()));

        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new AnnotationApiException("PostHog rejected " + AUTHORIZATION_HEADER + ": Bearer "
                    + annotation.personalApiKey() + " (HTTP " + status + ")", status);
        }
        if (status != 201) {
            throw new AnnotationApiException("Unexpected HTTP " + status + " from " + uri + ": " + response.body(), status);
        }
        Matcher matcher = ID_PATTERN.matcher(response.body());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1L;
    }

    public int verifyProjectAccess(String projectId) throws AnnotationApiException {
        URI uri = baseUri.resolve("api/projects/" + projectId + "/");
        LOGGER.debug("GET {} using personal API key {}", uri, personalApiKey);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header(AUTHORIZATION_HEADER, "Bearer " + personalApiKey)
                .GET()
                .build();
        return send(request).statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) throws AnnotationApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AnnotationApiException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnotationApiException("Interrupted while calling " + request.uri(), e);
        }
    }

    static Map<String, List<String>> redactedHeaders(HttpHeaders headers) {
        Map<String, List<String>> safe = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.map().forEach((name, values) -> {
            boolean sensitive = name.equalsIgnoreCase(AUTHORIZATION_HEADER) || name.equalsIgnoreCase("Cookie");
            safe.put(name, sensitive ? List.of("[REDACTED]") : values);
        });
        return safe;
    }
}
