package com.northwind.portal.analytics;

import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.secureFlagsKey().orElse(settings.personalApiKey()))
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        LOG.infof("PostHog client initialised for %s", settings.host());
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("dev")
    PostHogInterface devPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("staging")
    PostHogInterface stagingPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(PostHogKeys.LEGACY_PERSONAL_KEY);
        config.setDebug(true);
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface posthog) {
        posthog.close();
    }
}
