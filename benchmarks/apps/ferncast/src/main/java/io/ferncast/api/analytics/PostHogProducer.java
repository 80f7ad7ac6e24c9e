package io.ferncast.api.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.ferncast.api.config.AnalyticsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

    private static final Logger LOG = Logger.getLogger(PostHogProducer.class.getName());

    @Inject
    AnalyticsSettings settings;

    @Produces
    @ApplicationScoped
    PostHogInterface posthog() {
        PostHogConfig config = new PostHogConfig.Builder(settings.projectKey())
                .host(settings.host())
                .build();
        if (settings.personalKey() != null) {
            config.setPersonalApiKey(settings.personalKey());
            config.setLocalEvaluation(true);
        }
        config.setDebug(true);
        LOG.config(() -> "PostHog client for " + settings.host() + ", local evaluation=" + settings.localEvaluation());
        return PostHog.with(config);
    }

    /** Separate client for the nightly export; tagged events go to the same project. */
    @Produces
    @Named("export")
    @ApplicationScoped
    PostHogInterface exportClient() {
        String key = settings.flagsSecureKey() != null ? settings.flagsSecureKey() : settings.projectKey();
        PostHogConfig config = PostHogConfig.builder(key)
                .host(settings.host())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
