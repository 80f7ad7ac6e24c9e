package com.acme.keycloak.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends Keycloak events to PostHog through posthog-server.
 */
final class PostHogForwarder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostHogForwarder.class);

    private final PostHogInterface posthog;

    private PostHogForwarder(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    static PostHogForwarder create(ListenerSettings settings) {
        PostHogTarget target = new PostHogTarget(settings.host(), settings.projectApiKey(), settings.personalApiKey());
        PostHogConfig config = PostHogConfig.builder(target.projectApiKey())
                .host(target.host())
                .personalApiKey(target.personalApiKey())
                .debug(settings.debug())
                .build();
        LOG.infof("Forwarding Keycloak events to %s", target);
        return new PostHogForwarder(PostHog.with(config));
    }

    static PostHogForwarder troubleshooting(ListenerSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(10)
                .build();
        config.setDebug(true);
        LOG.warn("PostHog SDK troubleshooting mode is on");
        return new PostHogForwarder(PostHog.with(config));
    }

    static PostHogForwarder adminAudit(ListenerSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return new PostHogForwarder(PostHog.with(config));
    }

    void capture(String distinctId, String event, Map<String, Object> properties) {
        posthog.capture(distinctId, event, properties);
    }

    boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
