package com.ledgerly.billinghooks.posthog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ledgerly.billinghooks.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import io.dropwizard.lifecycle.Managed;

/** Ties the PostHog SDK client to the Dropwizard lifecycle so queued events are flushed on shutdown. */
public class ManagedPostHog implements Managed {

    private static final Logger log = LoggerFactory.getLogger(ManagedPostHog.class);

    private final PostHogSettings settings;
    private volatile PostHogInterface client;

    public ManagedPostHog(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public void start() {
        // SDK debug output is very chatty; it needs both the config switch and POSTHOG_SDK_DEBUG=1.
        boolean debug = settings.isDebug() && "1".equals(System.getenv("POSTHOG_SDK_DEBUG"));

        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey()).host(settings.getHost());
        builder.personalApiKey(settings.getFeatureFlagsSecureApiKey());
        builder.debug(debug);
        builder.pollIntervalSeconds(60);
        client = PostHog.with(builder.build());
        log.info("PostHog client started for {} (project key {})", settings.getHost(), settings.getProjectApiKey());
    }

    @Override
    public void stop() {
        if (client != null) {
            client.flush();
            client.close();
        }
    }

    public PostHogInterface client() {
        return client;
    }
}
