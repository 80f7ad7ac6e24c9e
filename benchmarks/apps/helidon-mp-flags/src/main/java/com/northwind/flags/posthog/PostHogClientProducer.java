package com.northwind.flags.posthog;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.northwind.flags.config.BuildFlags;
import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * CDI producers for the PostHog SDK clients used by the gateway.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    private final PostHogSettings settings;

    @Inject
    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Flags client: evaluates feature flags locally with the personal API key. */
    @Produces
    @ApplicationScoped
    public PostHogInterface flagsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        LOG.log(Level.CONFIG, "PostHog local evaluation against {0} with key {1}",
                new Object[] {settings.getHost(), settings.getPersonalApiKey()});
        return PostHog.with(config);
    }

    /** Audit client: captures admin actions (flag toggles) as PostHog events. */
    @Produces
    @Named("audit")
    @ApplicationScoped
    public PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    /** Capture client for product analytics events; no flag evaluation. */
    @Produces
    @Named("capture")
    @ApplicationScoped
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
