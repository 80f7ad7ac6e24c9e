package com.northwind.reports.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * CDI producers for the PostHog server SDK.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    /** Event capture only: needs nothing but the public project key. */
    @Produces
    @ApplicationScoped
    @Named("analytics")
    public PostHogInterface analyticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getIngestHost())
                .build();
        LOG.infof("PostHog analytics client ready for project %d", settings.getProjectId());
        return PostHog.with(config);
    }

    /** Feature flags with local evaluation, used by the batch jobs. */
    @Produces
    @ApplicationScoped
    @Named("flags")
    public PostHogInterface flagsClient() {
        if (ApiKeys.PERSONAL_KEY_PLACEHOLDER.equals(settings.getPersonalApiKey())) {
            throw new IllegalStateException(ApiKeys.PERSONAL_API_KEY_PROPERTY + " still holds the sample value");
        }
        LOG.debugf("Configuring PostHog flags client: %s", settings);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getIngestHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(60)
                // TODO(REP-77): turn off again once local evaluation is confirmed on staging
                .debug(true)
                .build();
        LOG.infof("PostHog flags client ready, personal key %s", settings.maskedPersonalKey());
        return PostHog.with(config);
    }

    public void close(@Disposes @Named("analytics") PostHogInterface client) {
        client.close();
    }

    public void closeFlags(@Disposes @Named("flags") PostHogInterface client) {
        client.close();
    }
}
