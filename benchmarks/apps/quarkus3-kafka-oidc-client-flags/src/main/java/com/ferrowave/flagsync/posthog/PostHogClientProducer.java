package com.ferrowave.flagsync.posthog;

import com.ferrowave.flagsync.config.PostHogSettings;
import com.ferrowave.flagsync.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * CDI producers for the PostHog server SDK clients.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    @Produces
    @Singleton
    @DefaultBean
    PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        LOG.infof("PostHog client ready for project %d, personal key %s",
                settings.projectId(), KeyMasker.mask(settings.personalApiKey()));
        return PostHog.with(config);
    }

    /**
     * Dev profile: verbose SDK output so we can see flag polls in the console.
     */
    @Produces
    @Singleton
    @IfBuildProfile("dev")
    PostHogInterface devPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /**
     * Second client that evaluates flags locally for the shadow-comparison dashboard.
     */
    @Produces
    @Singleton
    @Named("shadow-evaluator")
    PostHogInterface shadowEvaluator() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
