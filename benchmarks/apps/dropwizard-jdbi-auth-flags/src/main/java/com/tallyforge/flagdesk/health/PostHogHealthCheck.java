package com.tallyforge.flagdesk.health;

import com.codahale.metrics.health.HealthCheck;
import com.tallyforge.flagdesk.config.PostHogFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Checks that the local-evaluation endpoint answers, so a revoked key shows up on /healthcheck.
 */
public class PostHogHealthCheck extends HealthCheck {

    private final PostHogFactory settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public PostHogHealthCheck(PostHogFactory settings) {
        this.settings = settings;
    }

    @Override
    protected Result check() throws Exception {
        String projectKey = settings.getProjectApiKey();
        HttpRequest probe = HttpRequest.newBuilder()
                .uri(URI.create(settings.getHost() + "/api/feature_flag/local_evaluation/?token=" + projectKey))
                .header("Authorization", "Bearer " + projectKey)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        HttpResponse<Void> response = http.send(probe, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
            return Result.healthy("local evaluation reachable at %s", settings.getHost());
        }
        return Result.unhealthy("local evaluation returned HTTP %d", response.statusCode());
    }
}
