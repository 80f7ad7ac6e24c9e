package com.northwind.flagportal.posthog;

import com.northwind.flagportal.config.BuildFlags;
import com.northwind.flagportal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Produces the application-wide PostHog client. Local evaluation is on, so flag checks
 * in the portal never leave the JVM.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(60)
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        LOG.info(() -> "PostHog client ready for " + settings.getHost() + " (portal " + BuildFlags.PORTAL_VERSION + ")");
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface posthog) {
        posthog.close();
    }
}
