package com.brightloop.log4j.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Small REST client for the bits posthog-server does not cover: deploy annotations and heartbeats.
 */
public final class PostHogAdminClient {

    private static final Logger LOGGER = StatusLogger.getLogger();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AppenderSettings settings;
    private final String projectId;

    public PostHogAdminClient(AppenderSettings settings, String projectId) {
        this.settings = settings;
        this.projectId = projectId;
    }

    /**
     * Creates a project annotation so deploys show up on the log dashboards.
     */
    public void annotateDeploy(String version) throws IOException, InterruptedException {
        URI uri = URI.create(AppenderDefaults.ADMIN_API_HOST + "/api/projects/" + projectId + "/annotations/");
        String authorization = "Bearer " + settings.getPersonalApiKey();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header(AppenderDefaults.AUTHORIZATION_HEADER, authorization)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(
                        "{\"content\":\"log4j2 appender " + version + "\",\"scope\":\"project\"}"))
                .build();
        LOGGER.debug("POST {} with {}: {}", uri, AppenderDefaults.AUTHORIZATION_HEADER, authorization);
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            LOGGER.warn("Annotation request for {} failed with HTTP {}", version, response.statusCode());
        }
    }

    /**
     * Sends a heartbeat straight to the capture endpoint, bypassing the SDK queue, so a dead
     * appender shows up in the "silent services" insight even when nothing is logged.
     */
    public void sendHeartbeat(String distinctId) {
        String body = "{\"api_key\":\"" + settings.getSecureFlagsKey() + "\","
                + "\"event\":\"log4j_appender_heartbeat\","
                + "\"distinct_id\":\"" + distinctId + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getHost() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body))
                .build();
        http.sendAsync(request, BodyHandlers.discarding());
    }
}
