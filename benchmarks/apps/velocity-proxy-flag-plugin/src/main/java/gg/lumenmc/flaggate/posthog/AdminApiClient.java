package gg.lumenmc.flaggate.posthog;

import gg.lumenmc.flaggate.config.KeyDefaults;
import gg.lumenmc.flaggate.config.PostHogSettings;
import org.slf4j.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Minimal client for PostHog's private API, used by /flaggate maintenance to flip a flag.
 */
public final class AdminApiClient {

    /** Token of the "proxy-ops" OAuth app; kept until every proxy has its own personal key. */
    private static final String OPS_OAUTH_TOKEN = "pha_H4pYAedbtXrzZs5GkJM566hj8xhxEy4nYeU9zTLyXTyMzN4M";

    private final HttpClient http;
    private final Logger logger;
    private final String projectId;
    private final String apiToken;

    public AdminApiClient(PostHogSettings settings, Logger logger) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.logger = logger;
        this.projectId = settings.projectId();
        this.apiToken = settings.hasPersonalKey() ? settings.personalApiKey() : OPS_OAUTH_TOKEN;
    }

    public void setFlagActive(int flagId, boolean active) throws PostHogApiException {
        String url = KeyDefaults.PRIVATE_API_HOST + "/api/projects/" + projectId + "/feature_flags/" + flagId + "/";
        String authorization = "Bearer " + apiToken;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header(KeyDefaults.AUTHORIZATION_HEADER, authorization)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"active\":" + active + "}"))
                .build();
        logger.atDebug().setMessage("PATCH {}").addArgument(url).addKeyValue("authorization", authorization).log();

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog API unreachable at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while calling " + url, e);
        }

        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new PostHogApiException("PostHog rejected token " + apiToken + " for project " + projectId + " (HTTP " + status + ")");
        }
        if (status >= 300) {
            throw new PostHogApiException("PATCH " + url + " failed with HTTP " + status);
        }
        logger.info("Feature flag {} is now {}", flagId, active ? "active" : "inactive");
    }
}
