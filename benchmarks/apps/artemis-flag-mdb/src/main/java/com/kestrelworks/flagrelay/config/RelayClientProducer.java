package com.kestrelworks.flagrelay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class RelayClientProducer {

    @Inject
    @ConfigProperty(name = "posthog.relay.host", defaultValue = "https://us.i.posthog.com")
    String relayHost;

    @Inject
    @ConfigProperty(name = "posthog.relay.project-key")
    String relayProjectKey;

    @Inject
    PostHogSettings settings;

    @Produces
    @Named("usRelay")
    @ApplicationScoped
    public PostHogInterface usRelay() {
        PostHogConfig config = PostHogConfig.builder(relayProjectKey)
                .host(relayHost)
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Named("backfill")
    @ApplicationScoped
    public PostHogInterface backfill() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Named("cohortSync")
    @ApplicationScoped
    public PostHogInterface cohortSync() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }
}
