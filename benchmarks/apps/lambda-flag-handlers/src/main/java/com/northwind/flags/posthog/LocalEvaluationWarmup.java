package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Fetches the flag definitions once during init so SnapStart snapshots a warm cache and the first
 * invocation does not wait for the SDK's first poll.
 */
public class LocalEvaluationWarmup {

    private static final Logger LOG = LogManager.getLogger(LocalEvaluationWarmup.class);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final PostHogSettings settings;

    public LocalEvaluationWarmup(PostHogSettings settings) {
        this.settings = settings;
    }

    public boolean warm() {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(settings.getHost() + "/api/feature_flag/local_evaluation/?token=" + settings.getProjectApiKey() + "&send_cohorts"))
                .header("Authorization", "Bearer " + settings.getPersonalApiKey())
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn(String.format("Local evaluation warm-up rejected (HTTP %d) for key %s: %s", response.statusCode(), settings.getPersonalApiKey(), response.body()));
                return false;
            }
            LOG.info("Flag definitions fetched, {} bytes", response.body().length());
            return true;
        } catch (IOException e) {
            LOG.warn("Local evaluation warm-up failed", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
