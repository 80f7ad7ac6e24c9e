package com.larkspur.flagdesk.posthog;

import com.larkspur.flagdesk.config.PostHogSettings;
import com.larkspur.flagdesk.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Produces the server-side PostHog client used for flag evaluation and capture.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @Singleton
    @IfBuildProfile("dev")
    PostHogInterface devClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        LOG.infof("PostHog dev client ready, local evaluation key %s", KeyMasker.mask(settings.featureFlagsSecureApiKey()));
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @IfBuildProfile("test")
    PostHogInterface testClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @DefaultBean
    PostHogInterface client() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        LOG.debugf("PostHog client ready, secure key fingerprint %s", KeyMasker.sha256Hex(settings.featureFlagsSecureApiKey()));
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
