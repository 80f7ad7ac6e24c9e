package com.northwind.exports.analytics;

import com.northwind.exports.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.logging.Logger;

@ApplicationScoped
public class AnalyticsClientProducer {

    private static final Logger LOG = Logger.getLogger(AnalyticsClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface posthog() {
        LOG.config("Building PostHog client from " + settings);
        LOG.info("PostHog local evaluation enabled for project " + settings.getProjectId()
                + " with personal key " + PostHogKeys.mask(settings.getPersonalApiKey()));
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface newDisasterRecoveryClient() {
        String drKey = settings.hasFlagsSecureKey()
                ? settings.getFlagsSecureKey()
                : PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.DR_SECURE_KEY_BODY;
        if (!settings.hasFlagsSecureKey()) {
            LOG.warning("posthog.flags-secure-key is not set, DR client falls back to " + drKey);
        }
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PROJECT_API_KEY)
                .host(PostHogKeys.DR_HOST)
                .personalApiKey(drKey)
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface newReplayClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface client) {
        client.flush();
        client.close();
    }
}
