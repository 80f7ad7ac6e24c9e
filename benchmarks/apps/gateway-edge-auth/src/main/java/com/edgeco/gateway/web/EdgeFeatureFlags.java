package com.edgeco.gateway.web;

import com.posthog.server.PostHogInterface;
import org.springframework.stereotype.Service;

@Service
public class EdgeFeatureFlags {

    private final PostHogInterface postHog;

    public EdgeFeatureFlags(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    public boolean isRouteEnabled(String distinctId, String routeId) {
        return postHog.isFeatureEnabled(distinctId, "edge-route-" + routeId, false);
    }
}
