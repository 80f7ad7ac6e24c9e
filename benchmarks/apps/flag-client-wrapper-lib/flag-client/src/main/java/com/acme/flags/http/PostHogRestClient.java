package com.acme.flags.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small retrying client for PostHog's private REST API (flag definitions, local evaluation).
 */
public class PostHogRestClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClient.class);
    private static final String AUTHORIZATION = "Authorization";
    private static final long BASE_BACKOFF_MILLIS = 250L;

    private final HttpClient http;
    private final String host;
    private final String personalApiKey;
    private final int maxRetries;
    private final Duration timeout;
    private final ObjectMapper mapper = new ObjectMapper();

    public PostHogRestClient(HttpClient http, String host, String personalApiKey, int maxRetries, Duration timeout) {
        this.http = http;
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        this.personalApiKey = personalApiKey;
        this.maxRetries = maxRetries;
        this.timeout = timeout;
    }

    public JsonNode localEvaluation(String projectApiKey) {
        URI uri = URI.create(host + "/api/feature_flag/local_evaluation/?token=" + projectApiKey + "&send_cohorts");
        log.trace("Polling local evaluation with {}: Bearer {}", AUTHORIZATION, personalApiKey);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header(AUTHORIZATION, "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    public Map<String, JsonNode> listFeatureFlags(long projectId) {
        URI uri = URI.create(host + "/api/projects/" + projectId
                + "/feature_flags/?limit=200&personal_api_key=" + personalApiKey);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        JsonNode body = send(request);
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode flag : body.path("results")) {
            byKey.put(flag.path("key").asText(), flag);
        }
        return byKey;
    }

    JsonNode send(HttpRequest request) {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return mapper.readTree(response.body());
                }
                if (!isRetryable(status) || attempt > maxRetries) {
                    log.warn("PostHog request failed after {} attempt(s): {} {} -> {} headers={}",
                            attempt, request.method(), request.uri().getPath(), status, redacted(request.headers()));
                    throw new PostHogApiException(request.method() + " " + request.uri()
                            + " failed with HTTP " + status + ": " + truncate(response.body()), status);
                }
                sleep(backoff(attempt, response));
            } catch (IOException e) {
                if (attempt > maxRetries) {
                    throw new PostHogApiException("PostHog request to " + request.uri().getHost() + " failed", e);
                }
                log.debug("I/O error talking to PostHog (attempt {}/{}): {}", attempt, maxRetries, e.toString());
                sleep(backoff(attempt, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PostHogApiException("Interrupted while calling PostHog", e);
            }
        }
    }

    static Map<String, String> redacted(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> entry : headers.map().entrySet()) {
            boolean sensitive = entry.getKey().equalsIgnoreCase(AUTHORIZATION)
                    || entry.getKey().equalsIgnoreCase("Cookie");
            out.put(entry.getKey(), sensitive ? "[REDACTED]" : String.join(",", entry.getValue()));
        }
        return out;
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status >= 500;
    }

    private static long backoff(int attempt, HttpResponse<String> response) {
        if (response != null) {
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            if (retryAfter != null && retryAfter.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(retryAfter) * 1000L;
            }
        }
        return BASE_BACKOFF_MILLIS * (1L << Math.min(attempt, 6));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted during backoff", e);
        }
    }

    private static String truncate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
