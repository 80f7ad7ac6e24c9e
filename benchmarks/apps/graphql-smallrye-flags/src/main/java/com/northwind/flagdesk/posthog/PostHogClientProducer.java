package com.northwind.flagdesk.posthog;

import com.northwind.flagdesk.config.KeyMask;
import com.northwind.flagdesk.config.PostHogKeys;
import com.northwind.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
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
    PostHogInterface flagsClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds());
        if (settings.personalApiKey().isPresent()) {
            builder.personalApiKey(settings.personalApiKey().get());
            LOG.infof("PostHog local evaluation on for project %d with key %s",
                    settings.projectId(), KeyMask.mask(settings.personalApiKey().get()));
        } else {
            LOG.warnf("Property %s is not set; flags are evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Produces
    @ApplicationScoped
    @IfBuildProfile("dev")
    PostHogInterface devFlagsClient() {
        String personalKey = settings.personalApiKey().orElseThrow();
        LOG.debugf("Dev PostHog client host=%s personalApiKey=%s", settings.host(), personalKey);
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @Named("experiments")
    PostHogInterface experimentsClient() {
        String experimentsKey = PostHogKeys.SECURE_PREFIX + PostHogKeys.EXPERIMENTS_SECURE_BODY;
        LOG.debugf("Experiments client configured, key length %d", experimentsKey.length());
        PostHogConfig config = PostHogConfig.builder(experimentsKey)
                .host(PostHogKeys.EXPERIMENTS_HOST)
                .build();
        return PostHog.with(config);
    }
}
