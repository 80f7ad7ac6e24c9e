package com.acme.flags.health;

import com.acme.flags.config.PostHogFactory;
import com.codahale.metrics.health.HealthCheck;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Verifies that the local-evaluation endpoint accepts our credentials, so a revoked key shows
 * up on /healthcheck before flags silently fall back to defaults.
 */
public class PostHogApiHealthCheck extends HealthCheck {

    private final Client client;
    private final PostHogFactory posthog;

    public PostHogApiHealthCheck(Client client, PostHogFactory posthog) {
        this.client = client;
        this.posthog = posthog;
    }

    @Override
    protected Result check() {
        if (!posthog.hasPersonalApiKey()) {
            return Result.healthy("No personal key configured; remote evaluation only");
        }

        try (Response response = client.target(posthog.getHost())
                .path("api/feature_flag/local_evaluation/")
                .queryParam("token", posthog.getPersonalApiKey())
                .queryParam("send_cohorts", "")
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + posthog.getPersonalApiKey())
                .get()) {
            int status = response.getStatus();
            if (status == 401 || status == 403) {
                throw new IllegalStateException("PostHog rejected personal API key " + posthog.getPersonalApiKey());
            }
            if (status != 200) {
                return Result.unhealthy("local_evaluation returned HTTP %d", status);
            }
            return Result.healthy("local_evaluation reachable");
        }
    }
}
