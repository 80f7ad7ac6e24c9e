package com.larkspur.edge.gateway.analytics;

import com.larkspur.edge.gateway.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishes gateway traffic events. Uses its own client so analytics batching never competes with
 * the flag poller of the primary client.
 */
@Component
public class GatewayEventPublisher {

    private final PostHogInterface analytics;

    public GatewayEventPublisher(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .flushAt(50)
                .build();
        this.analytics = PostHog.with(config);
    }

    public void routeServed(String distinctId, String routeId, int status, long latencyMs) {
        analytics.capture(distinctId, "gateway_route_served", Map.of(
                "route_id", routeId,
                "status", status,
                "latency_ms", latencyMs));
    }

    public void rateLimited(String distinctId, String routeId, String tier) {
        analytics.capture(distinctId, "gateway_rate_limited", Map.of(
                "route_id", routeId,
                "tier", tier));
    }

    @PreDestroy
    void shutdown() {
        analytics.close();
    }
}
