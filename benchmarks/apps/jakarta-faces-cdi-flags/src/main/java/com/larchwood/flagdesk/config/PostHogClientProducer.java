package com.larchwood.flagdesk.config;

import com.larchwood.flagdesk.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CDI producer for the shared PostHog server client. Local evaluation is on,
 * so flag checks in the Faces views don't hit the network.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    @Produces
    @ApplicationScoped
    public PostHogInterface postHog() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(credentials.personalApiKey())
                // FIXME: left on while we chase the stale-flag bug (FD-88)
                .debug(true)
                .pollIntervalSeconds(30)
                .build();
        LOG.info("PostHog client ready for {} with personal key {}",
                settings.getHost(), KeyMasker.mask(credentials.personalApiKey()));
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
