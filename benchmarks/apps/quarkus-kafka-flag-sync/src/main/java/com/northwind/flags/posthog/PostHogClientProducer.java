package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @Singleton
    public PostHogInterface postHog() {
        String secureKey = settings.secureApiKey()
                .filter(key -> !key.isBlank())
                .orElse(null);

        LOG.infof("Initialising PostHog client host=%s localEvaluation=%s pollInterval=%ds",
                settings.host(), secureKey != null, settings.pollIntervalSeconds());
        if (secureKey != null) {
            LOG.infof("Feature flags secure key loaded (%d chars)", secureKey.length());
        }
        LOG.debugf("PostHog admin credentials: host=%s personalKey=%s",
                settings.appHost(), settings.personalApiKey().orElse("<none>"));

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface postHog) {
        postHog.flush();
        postHog.close();
    }
}
