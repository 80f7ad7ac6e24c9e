package com.acme.flags.health;

import com.acme.flags.posthog.PostHogApiClient;
import com.acme.flags.posthog.PostHogApiException;
import com.acme.flags.posthog.PostHogSettings;
import com.codahale.metrics.health.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that the personal key can still read this project's flag definitions.
 */
public class PostHogHealthCheck extends HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogHealthCheck.class);

    private final PostHogApiClient apiClient;
    private final PostHogSettings settings;

    public PostHogHealthCheck(PostHogApiClient apiClient, PostHogSettings settings) {
        this.apiClient = apiClient;
        this.settings = settings;
    }

    @Override
    protected Result check() {
        if (settings.getPersonalApiKey() == null || settings.getPersonalApiKey().isBlank()) {
            LOG.warn("{} ({}) is not set; flag definitions cannot be read",
                    PostHogSettings.PERSONAL_KEY_PROPERTY, PostHogSettings.PERSONAL_KEY_ENV);
            return Result.unhealthy("personal API key missing");
        }
        try {
            int count = apiClient.listFlags().size();
            return Result.healthy("%d active feature flags", count);
        } catch (PostHogApiException e) {
            return Result.unhealthy("PostHog API answered HTTP %d (request %s)", e.getStatus(), e.getRequestId());
        }
    }
}
