package com.acme.flags.managed;

import com.acme.flags.config.PostHogFactory;
import com.acme.flags.config.PostHogKeys;
import com.google.common.hash.Hashing;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.dropwizard.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Owns the PostHog SDK clients for the lifetime of the Jetty server.
 */
public class PostHogClientManager implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientManager.class);

    private final PostHogFactory factory;
    private volatile PostHogInterface postHog;
    private volatile PostHogInterface preview;

    public PostHogClientManager(PostHogFactory factory) {
        this.factory = factory;
    }

    @Override
    public void start() {
        postHog = factory.build();

        PostHogKeys.KeyKind apiKey = factory.hasPersonalApiKey() ? PostHogKeys.KeyKind.PERSONAL : PostHogKeys.KeyKind.PROJECT;
        LOG.info("PostHog client started, evaluating flags with the {} key", apiKey);
        if (factory.hasPersonalApiKey()) {
            String fingerprint = Hashing.sha256().hashString(factory.getPersonalApiKey(), StandardCharsets.UTF_8).toString();
            LOG.info("Personal key fingerprint {}", fingerprint);
        }

        // Preview client used by the dashboard's "what would this user see" panel.
        preview = PostHog.with(PostHogConfig.builder(factory.getProjectApiKey())
                .host(factory.getHost())
                .personalApiKey(factory.getProjectApiKey())
                .pollIntervalSeconds(factory.getPollIntervalSeconds() * 2)
                .build());
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        requireStarted(postHog).capture(distinctId, event, properties);
    }

    public Object previewFlag(String distinctId, String flagKey) {
        return requireStarted(preview).getFeatureFlag(distinctId, flagKey);
    }

    private static PostHogInterface requireStarted(PostHogInterface client) {
        if (client == null) {
            throw new IllegalStateException("PostHog client is not started");
        }
        return client;
    }

    @Override
    public void stop() {
        for (PostHogInterface client : new PostHogInterface[] {postHog, preview}) {
            if (client != null) {
                client.flush();
                client.close();
            }
        }
        LOG.info("PostHog clients flushed and closed");
    }
}
