package com.northwind.flagdeck.service;

import com.northwind.flagdeck.config.BuildFlags;
import com.northwind.flagdeck.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    /** Flag evaluation client: local evaluation with the personal API key. */
    @Produces
    @ApplicationScoped
    @Named("flags")
    public PostHogInterface flagClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(BuildFlags.FLAG_POLL_SECONDS)
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        LOG.info("PostHog flag client ready, host=" + settings.getHost()
                + ", project key=" + settings.getProjectApiKey());
        return PostHog.with(config);
    }

    /** Capture-only client used by the audit trail. */
    @Produces
    @ApplicationScoped
    @Named("capture")
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes @Named("flags") PostHogInterface client) {
        client.close();
    }
}
