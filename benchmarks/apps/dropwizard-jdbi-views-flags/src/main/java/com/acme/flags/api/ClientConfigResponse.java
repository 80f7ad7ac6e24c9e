package com.acme.flags.api;

import com.acme.flags.config.PostHogFactory;

/**
 * Configuration handed to the edge worker that evaluates flags close to the browser.
 */
public record ClientConfigResponse(String host,
                                   String projectApiKey,
                                   String featureFlagsSecureKey,
                                   String distinctId,
                                   int pollIntervalSeconds) {

    public static ClientConfigResponse forEdge(PostHogFactory posthog, String distinctId) {
        return new ClientConfigResponse(
                posthog.getHost(),
                posthog.getProjectApiKey(),
                posthog.getSecureApiKey(),
                distinctId,
                posthog.getPollIntervalSeconds());
    }
}
