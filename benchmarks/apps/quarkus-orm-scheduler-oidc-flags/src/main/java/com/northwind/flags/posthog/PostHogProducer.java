package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * CDI producers for the PostHog server SDK clients used by the service.
 */
@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class);

    private final PostHogSettings settings;

    public PostHogProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PostHogInterface posthog() {
        String personalKey = settings.personalApiKey().orElse(null);
        LOG.infof("Creating PostHog client for %s (personal key %s)",
                settings.host(), personalKey == null ? "absent" : PostHogKeys.mask(personalKey));
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("dev")
    PostHogInterface devPosthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey().orElseThrow())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @Named("ops")
    PostHogInterface opsPosthog() {
        PostHogSettings.Ops ops = settings.ops();
        PostHogConfig config = PostHogConfig.builder(ops.personalApiKey().orElse(ops.projectApiKey()))
                .host(ops.host())
                .personalApiKey(PostHogKeys.OPS_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
