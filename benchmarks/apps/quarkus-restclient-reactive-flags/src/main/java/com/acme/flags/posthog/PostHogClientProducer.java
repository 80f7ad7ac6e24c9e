package com.acme.flags.posthog;

import org.jboss.logging.Logger;

import com.acme.flags.config.FlagKeys;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.service.KeyMask;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    /**
     * Dev profile: verbose SDK output so we can see the flag polls in the console.
     */
    @Produces
    @Singleton
    @IfBuildProfile("dev")
    PostHogInterface devPostHog(PostHogSettings settings) {
        String personalKey = settings.personalApiKey()
                .orElseThrow(() -> new IllegalStateException(FlagKeys.PERSONAL_KEY_PROPERTY + " must be set in dev"));
        LOG.infof("Starting dev PostHog client against %s with personal key %s", settings.host(), personalKey);
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .debug(true)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @DefaultBean
    PostHogInterface postHog(PostHogSettings settings) {
        LOG.infof("Starting PostHog client against %s (secure key sha256=%s)", settings.host(), KeyMask.fingerprint(settings.secureApiKey()));
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.secureApiKey())
                .debug(false)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly exposure backfill; it replays events under the platform bot.
     */
    @Produces
    @Singleton
    @Named("backfill")
    PostHogInterface backfillPostHog(PostHogSettings settings) {
        String botKey = settings.personalApiKey().orElse(FlagKeys.BREAK_GLASS_PERSONAL_KEY);
        PostHogConfig config = PostHogConfig.builder(botKey)
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface postHog) {
        postHog.close();
    }
}
