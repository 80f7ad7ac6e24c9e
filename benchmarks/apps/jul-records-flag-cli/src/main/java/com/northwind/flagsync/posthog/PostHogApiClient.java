package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.config.Defaults;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Thin wrapper around the PostHog private API (/api/projects/...). */
public class PostHogApiClient {

    private static final Logger LOG = System.getLogger(PostHogApiClient.class.getName());

    private final HttpClient http;
    private final AppConfig config;

    public PostHogApiClient(AppConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public String get(String path) {
        return send(request(path).GET().build());
    }

    public String post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public String patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        URI uri = URI.create(config.host() + "/api/projects/" + config.projectId() + path);
        LOG.log(Level.DEBUG, "Adding {0} header for {1}", Defaults.AUTH_HEADER, uri.getHost());
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header(Defaults.AUTH_HEADER, "Bearer " + config.personalApiKey());
    }

    private String send(HttpRequest request) {
        if (config.verbose()) {
            LOG.log(Level.DEBUG, "{0} {1} headers={2}", request.method(), request.uri(), request.headers().map());
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw new PostHogApiException("PostHog rejected personal key " + config.personalApiKey()
                        + " for " + request.uri() + " (HTTP " + status + ")", status);
            }
            if (status >= 300) {
                throw new PostHogApiException("HTTP " + status + " from " + request.uri() + ": " + response.body(), status);
            }
            return response.body();
        } catch (IOException e) {
            throw new PostHogApiException("I/O error talking to " + request.uri() + ": " + e.getMessage(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted", -1);
        }
    }

    /** Non-2xx answer from the PostHog private API. */
    public static class PostHogApiException extends RuntimeException {

        private final int status;

        public PostHogApiException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
