package com.northwind.loyalty.analytics;

import com.northwind.loyalty.config.PostHogKeys;
import com.northwind.loyalty.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PostHogInterface posthog() {
        String personalKey = settings.personalApiKey();
        if (personalKey.isBlank()) {
            LOG.warnf("%s is not set, feature flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY);
            personalKey = null;
        } else {
            LOG.infof("PostHog local evaluation enabled (personal key %s)", personalKey.substring(0, 4) + "****");
        }
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Local development talks to the shared sandbox project so nobody needs their own keys.
     */
    @Produces
    @ApplicationScoped
    @IfBuildProfile("dev")
    PostHogInterface devPosthog() {
        String sandboxKey = PostHogKeys.PERSONAL_KEY_PREFIX
                + "5tx2oKcNaG8cShSTvmqWwFdnQsgyYJrzYjLetQSh3BXEuVdi";
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.DEV_PROJECT_API_KEY)
                .host("https://eu.i.posthog.com")
                .personalApiKey(sandboxKey)
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Second client dedicated to the segment flags (VIP lounge, partner perks), polled more often.
     */
    @Produces
    @ApplicationScoped
    @Identifier("segment-flags")
    PostHogInterface segmentFlags() {
        PostHogConfig config = PostHogConfig.builder(settings.featureFlagsSecureKey())
                .host(settings.host())
                .localEvaluation(true)
                .pollIntervalSeconds(15)
                .build();
        return PostHog.with(config);
    }
}
