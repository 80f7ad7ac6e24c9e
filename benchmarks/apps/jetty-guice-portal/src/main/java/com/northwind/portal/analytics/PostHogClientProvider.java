package com.northwind.portal.analytics;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.northwind.portal.config.BuildInfo;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.util.Keys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Builds the PostHog client the portal captures events and evaluates flags with. */
public class PostHogClientProvider implements Provider<PostHogInterface> {

    private static final Logger LOG = LogManager.getLogger(PostHogClientProvider.class);

    private final PortalSettings settings;

    @Inject
    public PostHogClientProvider(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public PostHogInterface get() {
        Keys.Kind apiKey = Keys.Kind.detect(settings.getProjectApiKey());
        LOG.info("PostHog client for {} using a {} key", settings.getPosthogHost(), apiKey);

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(BuildInfo.FLAG_POLL_SECONDS)
                .debug(BuildInfo.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }
}
