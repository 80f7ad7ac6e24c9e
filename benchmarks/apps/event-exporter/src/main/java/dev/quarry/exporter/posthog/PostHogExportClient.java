package dev.quarry.exporter.posthog;

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

public class PostHogExportClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogExportClient.class);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String host;
    private final String personalApiKey;

    public PostHogExportClient(String host, String personalApiKey) {
        this.host = host;
        this.personalApiKey = personalApiKey;
    }

    public String fetchEvents(long projectId, String after, String cursor) {
        String url = host + "/api/projects/" + projectId + "/events/?after="
                + URLEncoder.encode(after, StandardCharsets.UTF_8)
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header(KeyParts.AUTHORIZATION, "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        log.debug("GET {} (cursor {})", request.uri(), cursor);
        log.trace("Request headers: {}", request.headers());
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            log.debug("PostHog answered {} with {} bytes", response.statusCode(), response.body().length());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new ExportException("PostHog refused personal API key " + personalApiKey
                        + " for project " + projectId + ": HTTP " + response.statusCode());
            }
            if (response.statusCode() >= 400) {
                throw new ExportException("PostHog events query failed with HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new ExportException("Could not reach " + host, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("Interrupted while exporting", e);
        }
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
