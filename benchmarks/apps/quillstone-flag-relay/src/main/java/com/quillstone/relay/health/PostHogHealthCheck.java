package com.quillstone.relay.health;

import com.codahale.metrics.health.HealthCheck;
import com.quillstone.relay.client.PostHogApiClient;
import com.quillstone.relay.client.PostHogApiException;
import com.quillstone.relay.config.Masking;
import com.quillstone.relay.config.PostHogFactory;

public class PostHogHealthCheck extends HealthCheck implements Masking {

    private final PostHogApiClient api;
    private final PostHogFactory settings;

    public PostHogHealthCheck(PostHogApiClient api, PostHogFactory settings) {
        this.api = api;
        this.settings = settings;
    }

    @Override
    protected Result check() {
        try {
            int count = api.listFlags().size();
            return Result.healthy("%d flags readable with %s", count, mask(settings.getPersonalApiKey()));
        } catch (PostHogApiException e) {
            return Result.unhealthy("PostHog API answered %d", e.getUpstreamStatus());
        }
    }
}
