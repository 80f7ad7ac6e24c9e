package com.acme.flagdesk.posthog;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.config.SupportDeskConstants;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
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
    PostHogInterface posthog() {
        String secureKey = settings.featureFlagsSecureKey();
        if (secureKey == null || secureKey.isBlank()) {
            LOG.warnf("%s is not set, falling back to the legacy support-desk project",
                    "posthog.feature-flags-secure-key");
            secureKey = SupportDeskConstants.LEGACY_SECURE_KEY;
        }
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        LOG.infof("PostHog client ready (host=%s, local evaluation=%b)", settings.host(), true);
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly backfill job to replay historical flag calls.
     */
    @Produces
    @Singleton
    @Named("backfill")
    PostHogInterface backfillClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Chatty client for local troubleshooting of flag polling.
     */
    @Produces
    @Singleton
    @Named("verbose")
    @IfBuildProfile("dev")
    PostHogInterface verboseClient() {
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
