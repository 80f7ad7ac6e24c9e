package com.kestrelworks.flagrelay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class);

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface postHog() {
        LOG.infof("Starting PostHog client with %s", settings);
        String personalKey = settings.getPersonalApiKey();
        LOG.infof("Local evaluation enabled, personal key present (%d chars)", personalKey.length());
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Named("flagPoller")
    @ApplicationScoped
    public PostHogInterface flagPoller() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getSecureFlagsKey())
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface postHog) {
        postHog.flush();
        postHog.close();
    }
}
