package com.acme.flags.posthog;

import com.acme.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
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
        String secureKey = settings.featureFlagsSecureKey();
        LOG.infof("PostHog local evaluation key loaded (length=%d)", secureKey.length());
        LOG.debugf("Local evaluation enabled for project %d with key %s", settings.projectId(), secureKey);

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @Named("diagnostics")
    PostHogInterface diagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
