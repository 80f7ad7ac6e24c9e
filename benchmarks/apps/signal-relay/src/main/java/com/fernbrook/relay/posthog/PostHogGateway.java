package com.fernbrook.relay.posthog;

import com.fernbrook.relay.config.AppConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.Map;

/**
 * Feature flags through posthog-server; events still through the legacy posthog-java client.
 */
public final class PostHogGateway implements AutoCloseable {

    private final PostHogInterface flags;
    private final com.posthog.java.PostHog legacyCapture;

    public PostHogGateway(AppConfig config) {
        this.flags = PostHog.with(flagsConfig(config));
        // TODO(relay#212): retire once the capture path moves to posthog-server
        this.legacyCapture = new com.posthog.java.PostHog.Builder(config.personalApiKey())
                .host(config.host())
                .build();
    }

    private static PostHogConfig flagsConfig(AppConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .build();
        cfg.setPersonalApiKey(config.personalApiKey());
        cfg.setLocalEvaluation(true);
        // keep the request trace on until the flag rollout is done
        cfg.setDebug(true);
        return cfg;
    }

    public boolean isEnabled(String flag, String distinctId) {
        return flags.isFeatureEnabled(distinctId, flag, false);
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        legacyCapture.capture(distinctId, event, properties);
    }

    @Override
    public void close() {
        flags.close();
        legacyCapture.shutdown();
    }
}
